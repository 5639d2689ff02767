package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"

	"httpstatus-lsp/lsp/lsptest"
)

// orderedConn serves next through the same queue and preempter as Serve.
func orderedConn(t *testing.T, next jsonrpc2.Handler) *lsptest.Client {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	s := NewServer(Options{})
	st := newStream(inR, outW, nil, func(string) {})
	conn := jsonrpc2.NewConn(st, jsonrpc2.WithPreempter(preempter{s}))
	conn.Go(context.Background(), s.ordered(next))
	t.Cleanup(func() { inW.Close(); inR.Close(); outW.Close() })
	return lsptest.New(t, inW, outR)
}

// waitAnswer waits for the response to id among the client's messages.
func waitAnswer(t *testing.T, c *lsptest.Client, id int) lsptest.Message {
	t.Helper()
	m, _, ok := c.WaitNote(0, 5*time.Second, func(m lsptest.Message) bool { return string(m.ID) == strconv.Itoa(id) })
	if !ok {
		t.Fatalf("no answer to request %d", id)
	}
	return m
}

func TestCancelQueuedRequest(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 10)
	var ran atomic.Int32
	c := orderedConn(t, func(ctx context.Context, req *jsonrpc2.Request) (any, error) {
		switch req.Method() {
		case "slow":
			started <- struct{}{}
			<-release
			return "slow done", nil
		case "wait":
			started <- struct{}{}
			<-ctx.Done()
			return nil, ctx.Err()
		}
		ran.Add(1)
		return "fast done", nil
	})
	// Ids above the client's own counter: the answers are collected as notes.
	c.Frame(`{"jsonrpc":"2.0","id":101,"method":"slow"}`)
	<-started
	c.Frame(`{"jsonrpc":"2.0","id":102,"method":"fast"}`)
	c.Frame(`{"jsonrpc":"2.0","id":103,"method":"fast"}`)
	c.Frame(`{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":102}}`)
	c.Frame(`{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"no-such"}}`)
	c.Frame(`{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":999}}`)
	// The cancel is seen while 102 waits behind 101: make sure it was read.
	time.Sleep(50 * time.Millisecond)
	close(release)
	if m := waitAnswer(t, c, 101); m.Error != nil || string(m.Result) != `"slow done"` {
		t.Fatalf("101: %+v %s", m.Error, m.Result)
	}
	if m := waitAnswer(t, c, 102); m.Error == nil || m.Error.Code != -32800 {
		t.Fatalf("cancelled queued request: want -32800, got %+v %s", m.Error, m.Result)
	}
	if m := waitAnswer(t, c, 103); m.Error != nil || string(m.Result) != `"fast done"` {
		t.Fatalf("103: %+v %s", m.Error, m.Result)
	}
	if ran.Load() != 1 {
		t.Fatalf("the cancelled request ran: %d fast requests handled, want 1", ran.Load())
	}
	// A running request sees its context cancelled and answers -32800.
	c.Frame(`{"jsonrpc":"2.0","id":104,"method":"wait"}`)
	<-started
	c.Frame(`{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":104}}`)
	if m := waitAnswer(t, c, 104); m.Error == nil || m.Error.Code != -32800 {
		t.Fatalf("cancelled running request: want -32800, got %+v %s", m.Error, m.Result)
	}
}

// TestQueueKeepsWireOrder interleaves notifications that change state with
// requests that read it; every request must see exactly the notifications
// sent before it, even while requests are queued behind a slow one.
func TestQueueKeepsWireOrder(t *testing.T) {
	var value atomic.Int64
	release := make(chan struct{})
	c := orderedConn(t, func(ctx context.Context, req *jsonrpc2.Request) (any, error) {
		switch req.Method() {
		case "set":
			var v int64
			json.Unmarshal(req.Params(), &v)
			value.Store(v)
			return nil, nil
		case "selfAsync":
			jsonrpc2.Async(ctx) // a handler releasing itself must not break the queue
			time.Sleep(10 * time.Millisecond)
			return value.Load(), nil
		case "slow":
			<-release
		}
		return value.Load(), nil
	})
	c.Frame(`{"jsonrpc":"2.0","id":200,"method":"slow"}`)
	for i := 1; i <= 300; i++ {
		c.Frame(fmt.Sprintf(`{"jsonrpc":"2.0","method":"set","params":%d}`, i))
		method := "get"
		if i%50 == 0 {
			method = "selfAsync"
		}
		c.Frame(fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":%q}`, 1000+i, method))
	}
	close(release)
	if m := waitAnswer(t, c, 200); string(m.Result) != "0" {
		t.Fatalf("slow request saw %s, want 0", m.Result)
	}
	for i := 1; i <= 300; i++ {
		if m := waitAnswer(t, c, 1000+i); string(m.Result) != strconv.Itoa(i) {
			t.Fatalf("request after set %d saw %s", i, m.Result)
		}
	}
	// Idle again: a notification runs inline, a following request sees it.
	c.Frame(`{"jsonrpc":"2.0","method":"set","params":7}`)
	c.Frame(`{"jsonrpc":"2.0","id":300,"method":"get"}`)
	if m := waitAnswer(t, c, 300); string(m.Result) != "7" {
		t.Fatalf("got %s, want 7", m.Result)
	}
}
