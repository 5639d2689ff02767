// Package lsp is the protocol layer: it serves the Language Server Protocol on
// a byte stream with go.lsp.dev, keeps the open documents, and turns what the
// recognizer and the catalog know into protocol answers. It is the only
// package that knows protocol types.
package lsp

import (
	"context"
	"io"
	"sync"
	"sync/atomic"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.uber.org/zap"

	"httpstatus-lsp/knowledge"
)

// Options configure a server.
type Options struct {
	Version string         // reported in serverInfo
	Logger  *zap.Logger    // nil: no logging
	OnExit  func(code int) // called on `exit` with the exit code (0 after shutdown, 1 otherwise)
}

// Server is one language server session over one connection.
type Server struct {
	protocol.UnimplementedServer

	opts    Options
	log     *zap.Logger
	catalog *knowledge.Catalog
	docs    documents

	conn   jsonrpc2.Conn
	client protocol.Client

	state    atomic.Int32 // lifecycle state (see lifecycle.go)
	encoding Encoding     // negotiated position encoding, fixed at initialize

	exitOnce sync.Once
	exited   chan int
}

// NewServer makes a server; call Serve to run it on a connection.
func NewServer(opts Options) *Server {
	log := opts.Logger
	if log == nil {
		log = zap.NewNop()
	}
	return &Server{opts: opts, log: log, exited: make(chan int, 1)}
}

// Serve runs the protocol on in/out until the client sends `exit` or the input
// ends. It returns the process exit code: 0 after shutdown+exit, 1 otherwise.
func (s *Server) Serve(ctx context.Context, in io.Reader, out io.Writer) int {
	st := newStream(in, out, nil, func(msg string) { s.log.Warn("skipped malformed message", zap.String("reason", msg)) })
	s.conn = jsonrpc2.NewConn(st, jsonrpc2.WithCodec(lspCodec{}))
	s.client = protocol.ClientDispatcher(s.conn)
	s.conn.Go(ctx, s.handler(protocol.ServerHandler(s, jsonrpc2.MethodNotFoundHandler)))
	select {
	case code := <-s.exited:
		return code
	case <-s.conn.Done():
		if err := s.conn.Err(); err != nil && !isEOF(err) {
			s.log.Warn("connection ended", zap.Error(err))
		}
		// The client went away without `exit`: the LSP exit code is 1 unless
		// it had asked for shutdown first.
		if s.state.Load() == stateShutdown {
			return 0
		}
		return 1
	case <-ctx.Done():
		return 1
	}
}

func isEOF(err error) bool {
	return err == io.EOF || err == io.ErrUnexpectedEOF || (err != nil && err.Error() == io.EOF.Error())
}

// lspCodec marshals payloads with the protocol package's union-aware codec.
type lspCodec struct{}

func (lspCodec) Marshal(v any) ([]byte, error) {
	if raw, ok := v.(jsonrpc2.RawMessage); ok {
		if raw == nil {
			return []byte("null"), nil
		}
		return raw, nil
	}
	return protocol.Marshal(v)
}

func (lspCodec) Unmarshal(data []byte, v any) error {
	if p, ok := v.(*jsonrpc2.RawMessage); ok {
		*p = append(jsonrpc2.RawMessage(nil), data...)
		return nil
	}
	return protocol.Unmarshal(data, v)
}
