package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"httpstatus-lsp/knowledge"
)

// benchClient drives an in-process server over pipes and keeps nothing but
// the answers it waits for, so heap profiles show the server's memory only.
type benchClient struct {
	in   io.WriteCloser
	mu   sync.Mutex
	wait map[int]chan json.RawMessage
	next int
	done chan struct{}

	published atomic.Int64 // publishDiagnostics notifications seen

}

func startBenchServer(tb testing.TB) *benchClient {
	tb.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	srv := NewServer(Options{Version: "bench"})
	served := make(chan struct{})
	go func() {
		srv.Serve(context.Background(), inR, outW)
		outW.Close()
		close(served)
	}()
	c := &benchClient{in: inW, wait: map[int]chan json.RawMessage{}, done: make(chan struct{})}
	go c.readLoop(bufio.NewReaderSize(outR, 64<<10))
	tb.Cleanup(func() {
		inW.Close()
		inR.Close()
		select {
		case <-served:
		case <-time.After(2 * time.Second):
		}
	})
	c.call(tb, "initialize", `{"processId":null,"rootUri":null,"capabilities":{}}`)
	c.notify("initialized", `{}`)
	return c
}

func (c *benchClient) readLoop(r *bufio.Reader) {
	defer close(c.done)
	for {
		length := -1
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			line = strings.TrimSpace(line)
			if line == "" {
				break
			}
			if v, ok := strings.CutPrefix(line, "Content-Length:"); ok {
				length, _ = strconv.Atoi(strings.TrimSpace(v))
			}
		}
		body := make([]byte, length)
		if _, err := io.ReadFull(r, body); err != nil {
			return
		}
		var m struct {
			ID     *int            `json:"id"`
			Method string          `json:"method"`
			Result json.RawMessage `json:"result"`
			Error  json.RawMessage `json:"error"`
		}
		if json.Unmarshal(body, &m) != nil {
			continue
		}
		if m.Method == "textDocument/publishDiagnostics" {
			c.published.Add(1)
		}
		if m.ID == nil {
			continue
		}
		if m.Method != "" { // a request from the server: answer null
			fmt.Fprintf(c.in, "Content-Length: %d\r\n\r\n%s", len(`{"jsonrpc":"2.0","id":`)+len(strconv.Itoa(*m.ID))+len(`,"result":null}`),
				`{"jsonrpc":"2.0","id":`+strconv.Itoa(*m.ID)+`,"result":null}`)
			continue
		}
		c.mu.Lock()
		ch := c.wait[*m.ID]
		delete(c.wait, *m.ID)
		c.mu.Unlock()
		if ch != nil {
			if m.Error != nil {
				ch <- m.Error
			} else {
				ch <- m.Result
			}
		}
	}
}

func (c *benchClient) frame(body string) {
	io.WriteString(c.in, "Content-Length: "+strconv.Itoa(len(body))+"\r\n\r\n"+body)
}

func (c *benchClient) notify(method, params string) {
	c.frame(`{"jsonrpc":"2.0","method":"` + method + `","params":` + params + `}`)
}

func (c *benchClient) call(tb testing.TB, method, params string) json.RawMessage {
	c.mu.Lock()
	c.next++
	id := c.next
	ch := make(chan json.RawMessage, 1)
	c.wait[id] = ch
	c.mu.Unlock()
	c.frame(`{"jsonrpc":"2.0","id":` + strconv.Itoa(id) + `,"method":"` + method + `","params":` + params + `}`)
	select {
	case r := <-ch:
		return r
	case <-time.After(20 * time.Second):
		tb.Fatalf("no answer to %s", method)
		return nil
	}
}

// settle waits until no diagnostics have been published for a while.
func (c *benchClient) settle() {
	last := c.published.Load()
	for quiet := 0; quiet < 5; {
		time.Sleep(3 * quietDelay)
		if n := c.published.Load(); n != last {
			last, quiet = n, 0
		} else {
			quiet++
		}
	}
}

// benchSource is a Go file of about n lines with status codes every few lines.
func benchSource(n int) string {
	var b strings.Builder
	b.WriteString("package bench\n\nimport (\n\t\"net/http\"\n\t\"time\"\n)\n\n")
	for i := 0; strings.Count(b.String(), "\n") < n; i++ {
		fmt.Fprintf(&b, "func handler%d(w http.ResponseWriter, r *http.Request) {\n\ttime.Sleep(250 * time.Millisecond)\n\tif r.URL.Path == \"/missing\" {\n\t\thttp.Error(w, \"gone\", 404)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusNotFound)\n}\n\n", i)
	}
	return b.String()
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func openParams(uri, text string) string {
	return `{"textDocument":{"uri":` + quote(uri) + `,"languageId":"go","version":1,"text":` + quote(text) + `}}`
}

func hoverParams(uri string, line, char int) string {
	return fmt.Sprintf(`{"textDocument":{"uri":%s},"position":{"line":%d,"character":%d}}`, quote(uri), line, char)
}

func changeParams(uri string, version int) string {
	return fmt.Sprintf(`{"textDocument":{"uri":%s,"version":%d},"contentChanges":[{"range":{"start":{"line":2,"character":0},"end":{"line":2,"character":1}},"text":"\t"}]}`, quote(uri), version)
}

// heapInUse settles the heap and returns the bytes in use.
func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}

// TestMemoryThousandDocuments opens 1,000 documents of 1,000 lines through
// the server and reports the heap they keep; then 10,000 edit/hover cycles
// must not grow it. (Run with -memprofile to see where the bytes go.)
func TestMemoryThousandDocuments(t *testing.T) {
	if os.Getenv("HTTPSTATUS_MEMTEST") == "" {
		t.Skip("a figure, not a unit test: set HTTPSTATUS_MEMTEST=1 to run it")
	}
	before := heapInUse()
	c := startBenchServer(t)
	src := benchSource(1000)
	for i := 0; i < 1000; i++ {
		c.notify("textDocument/didOpen", openParams(fmt.Sprintf("file:///mem/doc%d.go", i), src))
	}
	line, char := 13, 20 // inside http.StatusNotFound of the first handler
	if r := c.call(t, "textDocument/hover", hoverParams("file:///mem/doc0.go", line, char)); !strings.Contains(string(r), "404") {
		t.Fatalf("hover: %s", r)
	}
	t0 := time.Now()
	for c.published.Load() < 1000 && time.Since(t0) < time.Minute { // let the debounced diagnostics run
		time.Sleep(10 * time.Millisecond)
	}
	t.Logf("diagnostics of 1,000 documents published %v after the first hover", time.Since(t0))
	c.call(t, "textDocument/hover", hoverParams("file:///mem/doc1.go", line, char))
	opened := heapInUse()
	t.Logf("heap with 1,000 documents of %d bytes: %.1f MB (%.1f KB per document)", len(src), float64(opened-before)/(1<<20), float64(opened-before)/1000/1024)
	if path := os.Getenv("HTTPSTATUS_MEMPROF"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		pprof.WriteHeapProfile(f)
		f.Close()
	}
	cycles := 10000
	if n, err := strconv.Atoi(os.Getenv("HTTPSTATUS_MEMTEST")); err == nil && n > 1 {
		cycles = n
	}
	for i := 0; i < cycles; i++ {
		uri := fmt.Sprintf("file:///mem/doc%d.go", i%1000)
		c.notify("textDocument/didChange", changeParams(uri, i+2))
		c.call(t, "textDocument/hover", hoverParams(uri, line, char))
	}
	c.settle()
	c.call(t, "textDocument/hover", hoverParams("file:///mem/doc1.go", line, char))
	after := heapInUse()
	if path := os.Getenv("HTTPSTATUS_MEMPROF"); path != "" {
		f, err := os.Create(path + ".after")
		if err != nil {
			t.Fatal(err)
		}
		pprof.WriteHeapProfile(f)
		f.Close()
	}
	growth := float64(after) - float64(opened)
	t.Logf("heap after %d edit/hover cycles: %.1f MB (%+.1f MB)", cycles, float64(after-before)/(1<<20), growth/(1<<20))
	if limit := 60.0; float64(opened-before)/(1<<20) > limit {
		t.Errorf("1,000 open documents keep %.1f MB of heap, want < %.0f MB", float64(opened-before)/(1<<20), limit)
	}
	if growth > 5<<20 {
		t.Errorf("heap grew by %.1f MB over %d edit/hover cycles", growth/(1<<20), cycles)
	}
}

// benchHandlers is a server whose handlers are called directly. It is not
// initialized, so the debounced diagnostics never run in the background and
// the figures are the handlers' own.
func benchHandlers() *Server {
	s := NewServer(Options{})
	s.catalog = knowledge.Default()
	return s
}

func BenchmarkDidOpen(b *testing.B) {
	s := benchHandlers()
	src := benchSource(1000)
	ctx := context.Background()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		// As decoded: a fresh string per message.
		text := strings.Clone(src)
		s.DidOpen(ctx, &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
			URI: uri.URI(fmt.Sprintf("file:///b/doc%d.go", i%1000)), LanguageID: "go", Version: 1, Text: text}})
	}
}

func BenchmarkDidChange(b *testing.B) {
	s := benchHandlers()
	src := benchSource(1000)
	ctx := context.Background()
	docURI := uri.URI("file:///b/doc.go")
	s.DidOpen(ctx, &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{URI: docURI, LanguageID: "go", Version: 1, Text: src}})
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		s.DidChange(ctx, &protocol.DidChangeTextDocumentParams{
			TextDocument: protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: docURI}, Version: int32(i + 2)},
			ContentChanges: []protocol.TextDocumentContentChangeEvent{&protocol.TextDocumentContentChangePartial{
				Range: protocol.Range{Start: protocol.Position{Line: 2, Character: 0}, End: protocol.Position{Line: 2, Character: 1}}, Text: "\t"}},
		})
	}
}

func benchHover(b *testing.B, lines int, edit bool) {
	s := benchHandlers()
	src := benchSource(lines)
	ctx := context.Background()
	docURI := uri.URI("file:///b/doc.go")
	s.DidOpen(ctx, &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{URI: docURI, LanguageID: "go", Version: 1, Text: src}})
	params := &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: docURI}, Position: protocol.Position{Line: 13, Character: 20}}}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if edit {
			s.DidChange(ctx, &protocol.DidChangeTextDocumentParams{
				TextDocument: protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: docURI}, Version: int32(i + 2)},
				ContentChanges: []protocol.TextDocumentContentChangeEvent{&protocol.TextDocumentContentChangePartial{
					Range: protocol.Range{Start: protocol.Position{Line: 2, Character: 0}, End: protocol.Position{Line: 2, Character: 1}}, Text: "\t"}},
			})
		}
		h, err := s.Hover(ctx, params)
		if err != nil || h == nil {
			b.Fatalf("hover: %v %v", h, err)
		}
	}
}

// BenchmarkHover is a hover on an unchanged 10,000-line document (cached scan).
func BenchmarkHover(b *testing.B) { benchHover(b, 10000, false) }

// BenchmarkEditHover is an edit then a hover on a 1,000-line document: the
// hover rescans the new snapshot.
func BenchmarkEditHover(b *testing.B) { benchHover(b, 1000, true) }

// BenchmarkHoverWire is a hover through the whole stack: framing, decoding,
// queue, handler, encoding, over in-process pipes.
func BenchmarkHoverWire(b *testing.B) {
	c := startBenchServer(b)
	c.notify("textDocument/didOpen", openParams("file:///b/doc.go", benchSource(10000)))
	params := hoverParams("file:///b/doc.go", 13, 20)
	c.call(b, "textDocument/hover", params)
	b.ReportAllocs()
	for b.Loop() {
		c.call(b, "textDocument/hover", params)
	}
}
