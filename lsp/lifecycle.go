package lsp

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.uber.org/zap"

	"httpstatus-lsp/knowledge"
)

const (
	stateNew         int32 = iota // before initialize
	stateInitialized              // between initialize and shutdown
	stateShutdown                 // after shutdown
)

// handler wraps the protocol dispatcher with what the go.lsp.dev stack leaves
// to the server: lifecycle rules (-32002 before initialize, -32600 after
// shutdown, exit codes), recovery from panics, notification errors that must
// not end the connection, and real JSON-RPC codes on every error.
func (s *Server) handler(next jsonrpc2.Handler) jsonrpc2.Handler {
	return func(ctx context.Context, req *jsonrpc2.Request) (result any, err error) {
		method := req.Method()
		isCall := req.IsCall()
		if method == protocol.MethodExit {
			s.exit()
			return nil, nil
		}
		switch s.state.Load() {
		case stateNew:
			if method != protocol.MethodInitialize {
				if isCall {
					return nil, jsonrpc2.NewError(jsonrpc2.ServerNotInitialized, "the server is not initialized: send initialize first")
				}
				return nil, nil
			}
		case stateInitialized:
			if method == protocol.MethodInitialize && isCall {
				return nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "initialize was already received")
			}
		case stateShutdown:
			if isCall {
				return nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "the server is shut down: only exit is accepted")
			}
			return nil, nil
		}

		defer func() {
			if r := recover(); r != nil {
				s.log.Error("handler panicked", zap.String("method", method), zap.Any("panic", r), zap.ByteString("stack", debug.Stack()))
				result = nil
				err = nil
				if isCall {
					err = jsonrpc2.NewError(jsonrpc2.InternalError, fmt.Sprintf("internal error in %s", method))
				}
			}
		}()
		result, err = next(ctx, req)
		if err == nil {
			return result, nil
		}
		if !isCall {
			// An error from a notification would end the connection: log it instead.
			if !errors.Is(err, jsonrpc2.ErrMethodNotFound) {
				s.log.Warn("notification failed", zap.String("method", method), zap.Error(err))
			}
			return nil, nil
		}
		return nil, wireError(method, err)
	}
}

// wireError gives every error a real JSON-RPC code: params the decoder rejects
// are -32602 (the library reports them as -32700), uncoded errors -32603.
func wireError(method string, err error) error {
	var coded *jsonrpc2.Error
	if errors.As(err, &coded) {
		switch coded.Code {
		case jsonrpc2.ParseError:
			return jsonrpc2.NewError(jsonrpc2.InvalidParams, fmt.Sprintf("invalid params for %s: %s", method, trimParse(err)))
		case jsonrpc2.MethodNotFound:
			return jsonrpc2.NewError(jsonrpc2.MethodNotFound, fmt.Sprintf("method not found: %s", method))
		case 0:
		default:
			return err
		}
	}
	return jsonrpc2.NewError(jsonrpc2.InternalError, err.Error())
}

func trimParse(err error) string {
	return strings.TrimPrefix(err.Error(), jsonrpc2.ErrParse.Error()+": ")
}

func (s *Server) exit() {
	code := 1
	if s.state.Load() == stateShutdown {
		code = 0
	}
	s.exitOnce.Do(func() {
		s.drainAnswers(500 * time.Millisecond)
		if s.opts.OnExit != nil {
			s.opts.OnExit(code)
		}
		s.exited <- code
	})
}

// drainAnswers waits (at most max) until every call read so far has been
// answered on the wire. Handlers finish in order, but an answer is written
// just after its handler returns, so a request sent right before `exit`
// could otherwise lose its answer to the process ending.
func (s *Server) drainAnswers(max time.Duration) {
	if s.stream == nil {
		return
	}
	deadline := time.Now().Add(max)
	for s.stream.unanswered.Load() > 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
}

// Initialize negotiates the position encoding and announces the capabilities.
func (s *Server) Initialize(ctx context.Context, params *protocol.InitializeParams) (*protocol.InitializeResult, error) {
	s.encoding = UTF16
	if general := params.Capabilities.General; general != nil {
		for _, e := range general.PositionEncodings {
			if e == protocol.PositionEncodingKindUTF8 {
				s.encoding = UTF8
				break
			}
		}
	}
	enc := protocol.PositionEncodingKindUTF16
	if s.encoding == UTF8 {
		enc = protocol.PositionEncodingKindUTF8
	}
	s.catalog = knowledge.Default()
	s.state.Store(stateInitialized)
	open := true
	change := protocol.TextDocumentSyncKindIncremental
	caps := protocol.ServerCapabilities{
		PositionEncoding: enc,
		TextDocumentSync: &protocol.TextDocumentSyncOptions{OpenClose: &open, Change: &change},
		HoverProvider:    protocol.Boolean(true),
	}
	for _, f := range features {
		f.advertise(&caps)
		if f.initialize != nil {
			f.initialize(s, params)
		}
	}
	return &protocol.InitializeResult{
		Capabilities: caps,
		ServerInfo:   protocol.ServerInfo{Name: "httpstatus-lsp", Version: protocol.NewOptional(s.opts.Version)},
	}, nil
}

// feature is how a feature file (completion.go, diagnostics.go, ...) plugs
// into initialize: it announces its capability and may read the client's
// capabilities and options. Feature files register in their init().
type feature struct {
	advertise  func(caps *protocol.ServerCapabilities)
	initialize func(s *Server, params *protocol.InitializeParams) // optional
}

var features []feature

func (s *Server) Initialized(ctx context.Context, params *protocol.InitializedParams) error {
	return nil
}

func (s *Server) Shutdown(ctx context.Context) error {
	s.state.Store(stateShutdown)
	return nil
}

// Exit is handled by the lifecycle wrapper before dispatch.
func (s *Server) Exit(ctx context.Context) error { return nil }
