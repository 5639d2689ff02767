// Package lsptest is a small raw JSON-RPC client for tests: it frames and
// sends any bytes (well-formed or not), matches responses to requests by id,
// and collects notifications such as publishDiagnostics.
package lsptest

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Message is a decoded JSON-RPC message from the server.
type Message struct {
	ID     json.RawMessage `json:"id,omitempty"`
	Method string          `json:"method,omitempty"`
	Params json.RawMessage `json:"params,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// Client talks to a server over a pair of streams.
type Client struct {
	t   testing.TB
	in  io.WriteCloser
	out *bufio.Reader

	mu       sync.Mutex
	nextID   int
	waiting  map[string]chan Message
	notes    []Message
	noteCond *sync.Cond
	readErr  error
	Raw      []string // every frame body received, in order
	Done     chan struct{}
}

// New starts reading from out; requests are written to in.
func New(t testing.TB, in io.WriteCloser, out io.Reader) *Client {
	c := &Client{t: t, in: in, out: bufio.NewReader(out), waiting: map[string]chan Message{}, Done: make(chan struct{})}
	c.noteCond = sync.NewCond(&c.mu)
	go c.readLoop()
	return c
}

// Process is a server binary started by Start.
type Process struct {
	*Client
	Cmd    *exec.Cmd
	Stderr *strings.Builder
	waited chan error
	stdout *os.File
}

// CloseStdout closes the reading end of the server's stdout, as a client
// that dies does: the server's next write fails.
func (p *Process) CloseStdout() error { return p.stdout.Close() }

// Start runs bin with args and connects a client to its stdio.
func Start(t testing.TB, bin string, args ...string) *Process {
	t.Helper()
	cmd := exec.Command(bin, args...)
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	// Not cmd.StdoutPipe: Wait closes that pipe as soon as the process
	// ends, dropping answers it wrote just before exiting.
	out, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = outW
	var stderr strings.Builder
	cmd.Stderr = &lockedWriter{w: &stderr}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	outW.Close()
	t.Cleanup(func() { out.Close() })
	p := &Process{Client: New(t, in, out), Cmd: cmd, Stderr: &stderr, waited: make(chan error, 1), stdout: out}
	go func() { p.waited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = in.Close()
		select {
		case <-p.waited:
		case <-time.After(3 * time.Second):
			_ = cmd.Process.Kill()
		}
	})
	return p
}

// Wait waits up to d for the process to end and returns its exit code (-1 on timeout).
func (p *Process) Wait(d time.Duration) int {
	select {
	case err := <-p.waited:
		p.waited <- err
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		if err != nil {
			return -2
		}
		return 0
	case <-time.After(d):
		return -1
	}
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// Frame writes body with a correct Content-Length header.
func (c *Client) Frame(body string) {
	c.Bytes(fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body))
}

// Bytes writes raw bytes, for malformed-input tests.
func (c *Client) Bytes(raw string) {
	if _, err := io.WriteString(c.in, raw); err != nil {
		c.t.Logf("write to server failed: %v", err)
	}
}

// Call sends a request and waits for its response.
func (c *Client) Call(method string, params any) Message {
	c.t.Helper()
	return c.CallRaw(method, encode(params))
}

// CallRaw sends a request whose params are raw JSON text.
func (c *Client) CallRaw(method, params string) Message {
	c.t.Helper()
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan Message, 1)
	c.waiting[strconv.Itoa(id)] = ch
	c.mu.Unlock()
	c.Frame(fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":%q,"params":%s}`, id, method, params))
	select {
	case m := <-ch:
		return m
	case <-time.After(10 * time.Second):
		c.t.Fatalf("no response to %s within 10s", method)
		return Message{}
	}
}

// Notify sends a notification.
func (c *Client) Notify(method string, params any) {
	m := map[string]any{"jsonrpc": "2.0", "method": method}
	if params != nil {
		m["params"] = params
	}
	c.Frame(encode(m))
}

// WaitNote waits for the first notification, received at or after index from,
// for which match returns true; it returns its index too.
func (c *Client) WaitNote(from int, timeout time.Duration, match func(Message) bool) (Message, int, bool) {
	deadline := time.Now().Add(timeout)
	timer := time.AfterFunc(timeout, func() { c.mu.Lock(); c.noteCond.Broadcast(); c.mu.Unlock() })
	defer timer.Stop()
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := from; ; {
		for ; i < len(c.notes); i++ {
			if match(c.notes[i]) {
				return c.notes[i], i, true
			}
		}
		if time.Now().After(deadline) || c.readErr != nil {
			return Message{}, len(c.notes), false
		}
		c.noteCond.Wait()
	}
}

// Notes returns the notifications received so far.
func (c *Client) Notes() []Message {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Message(nil), c.notes...)
}

func (c *Client) readLoop() {
	defer close(c.Done)
	for {
		body, err := readFrame(c.out)
		if err != nil {
			c.mu.Lock()
			c.readErr = err
			c.noteCond.Broadcast()
			c.mu.Unlock()
			return
		}
		var m Message
		if err := json.Unmarshal(body, &m); err != nil {
			c.t.Errorf("server wrote a frame that is not JSON: %q", body)
			continue
		}
		c.mu.Lock()
		c.Raw = append(c.Raw, string(body))
		switch {
		case m.Method != "" && len(m.ID) == 0:
			c.notes = append(c.notes, m)
			c.noteCond.Broadcast()
		case m.Method != "":
			// A request from the server (e.g. workspace/configuration): answer null.
			go c.Frame(fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"result":null}`, m.ID))
		default:
			if ch, ok := c.waiting[string(m.ID)]; ok {
				delete(c.waiting, string(m.ID))
				ch <- m
			} else {
				c.notes = append(c.notes, m) // e.g. an error reply with id null
				c.noteCond.Broadcast()
			}
		}
		c.mu.Unlock()
	}
}

// readFrame reads one Content-Length frame; anything else on the stream is an error.
func readFrame(r *bufio.Reader) ([]byte, error) {
	length := -1
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return nil, err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("server wrote a non-header line %q", line)
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			length, err = strconv.Atoi(strings.TrimSpace(value))
			if err != nil {
				return nil, fmt.Errorf("bad Content-Length %q", value)
			}
		}
	}
	if length < 0 {
		return nil, errors.New("frame without Content-Length")
	}
	body := make([]byte, length)
	_, err := io.ReadFull(r, body)
	return body, err
}

func encode(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// Initialize sends initialize (with the given capabilities, or none) and initialized.
func (c *Client) Initialize(capabilities map[string]any) Message {
	c.t.Helper()
	if capabilities == nil {
		capabilities = map[string]any{}
	}
	m := c.Call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": capabilities})
	if m.Error != nil {
		c.t.Fatalf("initialize failed: %+v", m.Error)
	}
	c.Notify("initialized", map[string]any{})
	return m
}

// Open sends didOpen for a document.
func (c *Client) Open(uri, languageID, text string) {
	c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": languageID, "version": 1, "text": text}})
}

// Hover asks for a hover at (line, character).
func (c *Client) Hover(uri string, line, char int) Message {
	c.t.Helper()
	return c.Call("textDocument/hover", map[string]any{
		"textDocument": map[string]any{"uri": uri},
		"position":     map[string]any{"line": line, "character": char}})
}

// CloseInput closes the server's input, as a client that goes away does.
func (c *Client) CloseInput() error { return c.in.Close() }
