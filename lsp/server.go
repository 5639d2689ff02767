// Package lsp is the protocol layer: it serves the Language Server Protocol on
// a byte stream with go.lsp.dev, keeps the open documents, and turns what the
// recognizer and the catalog know into protocol answers. It is the only
// package that knows protocol types.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"reflect"
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

	stream *stream
	conn   jsonrpc2.Conn
	client protocol.Client

	state    atomic.Int32 // lifecycle state (see lifecycle.go)
	encoding Encoding     // negotiated position encoding, fixed at initialize

	queue queue // wire-order execution and cancellation (see ordered)

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
	s.stream = st
	s.conn = jsonrpc2.NewConn(st, jsonrpc2.WithCodec(lspCodec{}), jsonrpc2.WithPreempter(preempter{s}))
	s.client = protocol.ClientDispatcher(s.conn)
	s.conn.Go(ctx, s.ordered(s.handler(protocol.ServerHandler(s, jsonrpc2.MethodNotFoundHandler))))
	select {
	case code := <-s.exited:
		return code
	case <-st.broken:
		s.log.Warn("the client stopped reading: output is broken")
		if s.state.Load() == stateShutdown {
			return 0
		}
		return 1
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

// RequestCancelled is the LSP error code for a request the client cancelled.
const RequestCancelled jsonrpc2.Code = -32800

// queue runs messages one at a time in wire order, off the read loop, so that
// the read loop keeps reading while a request waits or runs. That is what
// makes $/cancelRequest meaningful: the cancel is read (by the preempter, on
// the read loop) while the request it names is still queued, which then
// answers -32800 without running, or while it runs, which cancels its
// context. A didChange still takes effect before every later request, and
// after every earlier one.
type queue struct {
	mu   sync.Mutex
	tail chan struct{}              // closed when the last queued message is done; nil when none was queued
	byID map[jsonrpc2.ID]*queuedJob // calls waiting or running
}

type queuedJob struct {
	mu        sync.Mutex
	cancelled bool
	cancel    context.CancelFunc // set while the call runs
}

// idle reports whether nothing is queued or running.
func (q *queue) idle() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.tail == nil {
		return true
	}
	select {
	case <-q.tail:
		return true
	default:
		return false
	}
}

// enqueue appends a message: it may run when prev is closed and must close
// done when it has finished.
func (q *queue) enqueue(req *jsonrpc2.Request) (prev, done chan struct{}, j *queuedJob) {
	done = make(chan struct{})
	q.mu.Lock()
	prev, q.tail = q.tail, done
	if req.IsCall() {
		j = &queuedJob{}
		if q.byID == nil {
			q.byID = map[jsonrpc2.ID]*queuedJob{}
		}
		q.byID[req.ID()] = j
	}
	q.mu.Unlock()
	return prev, done, j
}

func (q *queue) finish(id jsonrpc2.ID, j *queuedJob) {
	if j == nil {
		return
	}
	q.mu.Lock()
	if q.byID[id] == j {
		delete(q.byID, id)
	}
	q.mu.Unlock()
}

// cancel marks the call with the id as cancelled: a queued call will answer
// -32800 without running, a running call sees its context cancelled.
func (q *queue) cancel(id jsonrpc2.ID) {
	q.mu.Lock()
	j := q.byID[id]
	q.mu.Unlock()
	if j == nil {
		return // answered already, or never seen
	}
	j.mu.Lock()
	j.cancelled = true
	cancel := j.cancel
	j.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

// ordered is the outermost handler. A notification that finds nothing queued
// runs inline on the read loop (the common case while typing: no goroutine,
// no copy of its params); it is still queued, so that a handler that releases
// itself (jsonrpc2.Async) keeps later messages behind it. A call, or a
// notification behind queued work, leaves the read loop and waits for its
// predecessor.
func (s *Server) ordered(next jsonrpc2.Handler) jsonrpc2.Handler {
	return func(ctx context.Context, req *jsonrpc2.Request) (any, error) {
		wasIdle := s.queue.idle()
		prev, done, j := s.queue.enqueue(req)
		defer close(done)
		if j != nil {
			defer s.queue.finish(req.ID(), j)
		}
		if wasIdle && j == nil {
			return next(ctx, req)
		}
		jsonrpc2.Async(ctx)
		ctx = released{ctx} // a handler's own Async is now a no-op
		if prev != nil {
			<-prev
		}
		if j == nil {
			return next(ctx, req)
		}
		runCtx, cancel := context.WithCancel(ctx)
		defer cancel()
		j.mu.Lock()
		if j.cancelled {
			j.mu.Unlock()
			return nil, jsonrpc2.NewError(RequestCancelled, "request cancelled")
		}
		j.cancel = cancel
		j.mu.Unlock()
		result, err := next(runCtx, req)
		if err != nil && runCtx.Err() != nil && errors.Is(err, context.Canceled) {
			return nil, jsonrpc2.NewError(RequestCancelled, "request cancelled")
		}
		return result, err
	}
}

// released is the context of a request already released from the read loop:
// it hides jsonrpc2's release token, since releasing twice panics.
type released struct{ context.Context }

func (r released) Value(key any) any {
	if t := reflect.TypeOf(key); t != nil && t.PkgPath() == "go.lsp.dev/jsonrpc2" && t.Name() == "asyncKey" {
		return nil
	}
	return r.Context.Value(key)
}

// preempter handles $/cancelRequest on the read loop, ahead of the queue.
type preempter struct{ s *Server }

func (p preempter) Preempt(ctx context.Context, req *jsonrpc2.Request) (any, error) {
	if req.Method() != protocol.MethodCancelRequest || req.IsCall() {
		return nil, jsonrpc2.ErrNotHandled
	}
	var params struct {
		ID json.RawMessage `json:"id"`
	}
	if err := json.Unmarshal(req.Params(), &params); err == nil {
		var n int64
		var str string
		switch {
		case json.Unmarshal(params.ID, &n) == nil:
			p.s.queue.cancel(jsonrpc2.NewNumberID(n))
		case json.Unmarshal(params.ID, &str) == nil:
			p.s.queue.cancel(jsonrpc2.NewStringID(str))
		}
	}
	return true, nil // handled: a notification, nothing is sent
}
