package lsp

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"
	"sync/atomic"

	"go.lsp.dev/jsonrpc2"
)

// maxFrame bounds one message body. Larger frames are skipped and answered
// with an error rather than read into memory.
const maxFrame = 256 << 20

// eagerFrame is the largest body allocated at its announced size before it
// has arrived.
const eagerFrame = 1 << 20

// stream is a Content-Length framed jsonrpc2.Stream that survives bad input:
// a frame that is not JSON is answered with -32700 (id null), JSON that is not
// a JSON-RPC message with -32600, and reading goes on. (The library's own
// stream ends the connection on the first unparsable frame.)
type stream struct {
	in      *bufio.Reader
	out     io.Writer
	closer  io.Closer
	onError func(msg string) // logs what was skipped

	mu  sync.Mutex // serializes writes: responses, notifications and error replies
	buf []byte

	// unanswered counts calls read and not yet answered on the wire, so that
	// `exit` can let the answers already on their way go out first.
	unanswered atomic.Int64

	// broken is closed when a write fails: the client cannot hear us any
	// more, and a read blocked on its input may never return.
	broken     chan struct{}
	brokenOnce sync.Once
}

func newStream(in io.Reader, out io.Writer, closer io.Closer, onError func(string)) *stream {
	return &stream{in: bufio.NewReaderSize(in, 64<<10), out: out, closer: closer, onError: onError, broken: make(chan struct{})}
}

// Read returns the next well-formed message, answering malformed ones itself.
func (s *stream) Read(ctx context.Context) (jsonrpc2.Message, int64, error) {
	for {
		body, n, err := s.readFrame()
		if err != nil {
			var bad *badFrame
			if errors.As(err, &bad) {
				s.onError(bad.Error())
				s.writeError(jsonrpc2.NewError(jsonrpc2.ParseError, bad.Error()))
				continue
			}
			return nil, n, err
		}
		msg, err := jsonrpc2.DecodeMessage(body)
		if err == nil {
			if _, ok := msg.(*jsonrpc2.Call); ok {
				s.unanswered.Add(1)
			}
			return msg, n, nil
		}
		code := jsonrpc2.InvalidRequest
		text := "not a JSON-RPC 2.0 message"
		if !json.Valid(body) {
			code, text = jsonrpc2.ParseError, "message body is not valid JSON"
		}
		s.onError(fmt.Sprintf("%s (%d bytes): %v", text, len(body), err))
		s.writeError(jsonrpc2.NewError(code, text))
	}
}

type badFrame struct{ reason string }

func (b *badFrame) Error() string { return b.reason }

// readFrame reads one header block and its body. Header problems that leave
// the stream in sync (a missing or invalid Content-Length) are badFrame errors;
// anything else (EOF, a read error) ends the stream.
func (s *stream) readFrame() ([]byte, int64, error) {
	length := -1
	var consumed int64
	sawHeader := false
	for {
		line, err := s.in.ReadSlice('\n')
		consumed += int64(len(line))
		if err != nil {
			if errors.Is(err, bufio.ErrBufferFull) {
				// An absurdly long header line: drop it.
				for errors.Is(err, bufio.ErrBufferFull) {
					line, err = s.in.ReadSlice('\n')
					consumed += int64(len(line))
				}
				if err != nil {
					return nil, consumed, err
				}
				continue
			}
			if errors.Is(err, io.EOF) && len(line) == 0 {
				return nil, consumed, io.EOF
			}
			return nil, consumed, err
		}
		line = bytes.TrimRight(line, "\r\n")
		if len(line) == 0 {
			if !sawHeader {
				continue // stray blank line between frames
			}
			break
		}
		sawHeader = true
		name, value, ok := bytes.Cut(line, []byte(":"))
		if ok && bytes.EqualFold(bytes.TrimSpace(name), []byte("Content-Length")) {
			n, err := strconv.Atoi(string(bytes.TrimSpace(value)))
			if err != nil || n < 0 {
				length = -2
			} else {
				length = n
			}
		}
	}
	switch {
	case length == -1:
		return nil, consumed, &badFrame{"frame without a Content-Length header"}
	case length == -2:
		return nil, consumed, &badFrame{"frame with an invalid Content-Length header"}
	case length > maxFrame:
		n, err := io.CopyN(io.Discard, s.in, int64(length))
		consumed += n
		if err != nil {
			return nil, consumed, err
		}
		return nil, consumed, &badFrame{fmt.Sprintf("frame of %d bytes exceeds the %d byte limit", length, maxFrame)}
	}
	if length > eagerFrame {
		// Grown as the bytes arrive: a header announcing a huge body that
		// never comes does not allocate it up front.
		var buf bytes.Buffer
		buf.Grow(eagerFrame)
		n, err := io.CopyN(&buf, s.in, int64(length))
		consumed += n
		if err != nil {
			return nil, consumed, err
		}
		return buf.Bytes(), consumed, nil
	}
	body := make([]byte, length) // owned: decoded requests borrow it
	n, err := io.ReadFull(s.in, body)
	consumed += int64(n)
	if err != nil {
		return nil, consumed, err
	}
	return body, consumed, nil
}

// Write frames and writes one message.
func (s *stream) Write(ctx context.Context, msg jsonrpc2.Message) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.buf = jsonrpc2.AppendMessage(s.buf[:0], msg)
	n, err := s.writeLocked(s.buf)
	if bytes.HasPrefix(s.buf, responsePrefix) {
		s.unanswered.Add(-1)
	}
	if cap(s.buf) > 1<<20 {
		s.buf = nil // do not keep a large answer's buffer for good
	}
	return n, err
}

// responsePrefix starts every response jsonrpc2.AppendMessage encodes (calls
// and notifications put "method" first).
var responsePrefix = []byte(`{"jsonrpc":"2.0","id":`)

func (s *stream) writeLocked(body []byte) (int64, error) {
	header := "Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n"
	n, err := io.WriteString(s.out, header)
	if err != nil {
		s.brokenOnce.Do(func() { close(s.broken) })
		return int64(n), err
	}
	m, err := s.out.Write(body)
	if err != nil {
		s.brokenOnce.Do(func() { close(s.broken) })
	}
	return int64(n + m), err
}

// writeError answers an unparsable message: a response with a null id.
func (s *stream) writeError(e *jsonrpc2.Error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	body := jsonrpc2.AppendResponse(nil, jsonrpc2.ID{}, nil, e)
	_, _ = s.writeLocked(body)
}

func (s *stream) Close() error {
	if s.closer != nil {
		return s.closer.Close()
	}
	return nil
}
