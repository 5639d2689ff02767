package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"
)

// client is a lean LSP client for measuring: requests are pre-encoded and
// timed from the write to the arrival of the response frame.
type client struct {
	cmd   *exec.Cmd
	in    io.WriteCloser
	out   *bufio.Reader
	mu    sync.Mutex
	next  int
	wait  map[int]chan []byte
	notes chan note
}

type note struct {
	method string
	params json.RawMessage
	at     time.Time
}

func startClient(bin string, args []string, dir string) (*client, error) {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	c := &client{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 1<<20), wait: map[int]chan []byte{}, notes: make(chan note, 100000)}
	go c.read()
	return c, nil
}

func (c *client) read() {
	for {
		body, err := readFrame(c.out)
		if err != nil {
			close(c.notes)
			return
		}
		if id, ok := responseID(body); ok {
			c.deliver(id, body)
			continue
		}
		var head struct {
			ID     *json.RawMessage `json:"id"`
			Method string           `json:"method"`
			Params json.RawMessage  `json:"params"`
		}
		_ = json.Unmarshal(body, &head)
		switch {
		case head.Method != "" && head.ID == nil:
			c.notes <- note{method: head.Method, params: head.Params, at: time.Now()}
		case head.Method != "":
			c.write(fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"result":null}`, *head.ID))
		case head.ID != nil:
			id, _ := strconv.Atoi(string(*head.ID))
			c.deliver(id, body)
		}
	}
}

func (c *client) deliver(id int, body []byte) {
	c.mu.Lock()
	ch := c.wait[id]
	delete(c.wait, id)
	c.mu.Unlock()
	if ch != nil {
		ch <- body
	}
}

// responseID reads the id of a response that starts the way jsonrpc2 writes
// them ({"jsonrpc":"2.0","id":N,"result"...), so timing a large answer does
// not include decoding all of it in the client; other shapes take the
// general path.
func responseID(body []byte) (int, bool) {
	const prefix = `{"jsonrpc":"2.0","id":`
	if !bytes.HasPrefix(body, []byte(prefix)) {
		return 0, false
	}
	rest := body[len(prefix):]
	n, i := 0, 0
	for ; i < len(rest) && rest[i] >= '0' && rest[i] <= '9'; i++ {
		n = n*10 + int(rest[i]-'0')
	}
	if i == 0 || i >= len(rest) || rest[i] != ',' || !bytes.HasPrefix(rest[i+1:], []byte(`"result"`)) && !bytes.HasPrefix(rest[i+1:], []byte(`"error"`)) {
		return 0, false
	}
	return n, true
}

func readFrame(r *bufio.Reader) ([]byte, error) {
	n := -1
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return nil, err
		}
		line = strings.TrimSpace(line)
		if line == "" {
			break
		}
		if v, ok := strings.CutPrefix(line, "Content-Length:"); ok {
			n, _ = strconv.Atoi(strings.TrimSpace(v))
		}
	}
	body := make([]byte, n)
	_, err := io.ReadFull(r, body)
	return body, err
}

func (c *client) write(body string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fmt.Fprintf(c.in, "Content-Length: %d\r\n\r\n%s", len(body), body)
}

// call sends a request and returns the response body and the round-trip time.
func (c *client) call(method, params string) ([]byte, time.Duration, error) {
	c.mu.Lock()
	c.next++
	id := c.next
	ch := make(chan []byte, 1)
	c.wait[id] = ch
	c.mu.Unlock()
	msg := fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":%q,"params":%s}`, id, method, params)
	start := time.Now()
	c.write(msg)
	select {
	case body := <-ch:
		return body, time.Since(start), nil
	case <-time.After(120 * time.Second):
		return nil, 0, fmt.Errorf("%s: no answer in 120 s", method)
	}
}

func (c *client) notify(method, params string) {
	c.write(fmt.Sprintf(`{"jsonrpc":"2.0","method":%q,"params":%s}`, method, params))
}

func (c *client) close() {
	_, _, _ = c.call("shutdown", "null")
	c.notify("exit", "null")
	_ = c.in.Close()
	done := make(chan struct{})
	go func() { _ = c.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = c.cmd.Process.Kill()
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
