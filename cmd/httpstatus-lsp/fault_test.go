package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"httpstatus-lsp/lsp/lsptest"
)

// Fault tests: the real binary over stdio, fed what editors and broken
// clients really send. Every test ends by checking that the server still
// answers, that stderr holds no panic, and (through the client, which rejects
// anything but frames) that stdout carried frames only.

// alive checks the server still answers a request after whatever came before.
func alive(t *testing.T, p *lsptest.Process) {
	t.Helper()
	if m := p.Call("workspace/noSuchRequest", map[string]any{}); m.Error == nil || m.Error.Code != -32601 {
		t.Fatalf("server stopped answering: %+v %s", m.Error, m.Result)
	}
}

// finish shuts the server down cleanly and checks stderr for panics.
func finish(t *testing.T, p *lsptest.Process) {
	t.Helper()
	if m := p.Call("shutdown", nil); m.Error != nil {
		t.Fatalf("shutdown: %+v", m.Error)
	}
	p.Notify("exit", nil)
	if code := p.Wait(2 * time.Second); code != 0 {
		t.Fatalf("exit after shutdown: code %d, want 0", code)
	}
	noPanic(t, p)
}

func noPanic(t *testing.T, p *lsptest.Process) {
	t.Helper()
	if s := p.Stderr.String(); strings.Contains(s, "panic") {
		t.Fatalf("server panicked:\n%s", s)
	}
}

// nullIDErrors counts error replies with a null id carrying code.
func nullIDErrors(p *lsptest.Process, code int) int {
	n := 0
	for _, m := range p.Notes() {
		if m.Error != nil && m.Error.Code == code && (len(m.ID) == 0 || string(m.ID) == "null") {
			n++
		}
	}
	return n
}

func waitNullIDErrors(t *testing.T, p *lsptest.Process, code, want int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for nullIDErrors(p, code) < want {
		if time.Now().After(deadline) {
			t.Fatalf("want %d replies with id null and code %d, got %d; frames: %q", want, code, nullIDErrors(p, code), p.Raw)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestTruncatedFrameThenEOF(t *testing.T) {
	for _, tail := range []string{
		"Content-Length: 100\r\n\r\n{\"jsonrpc\":\"2.0\",", // body shorter than announced
		"Content-Length: 10",    // header cut off
		"Content-Len",           // header name cut off
		"Content-Length: 5\r\n", // no blank line
	} {
		t.Run(fmt.Sprintf("%.20q", tail), func(t *testing.T) {
			p := lsptest.Start(t, binPath)
			p.Initialize(nil)
			p.Bytes(tail)
			p.CloseInput()
			if code := p.Wait(time.Second); code != 1 {
				t.Fatalf("truncated input then EOF: exit code %d within a second, want 1", code)
			}
			noPanic(t, p)
		})
	}
}

func TestBadContentLength(t *testing.T) {
	p := lsptest.Start(t, binPath)
	p.Initialize(nil)
	p.Bytes("Content-Length: -5\r\n\r\n")
	p.Bytes("Content-Length: abc\r\n\r\n")
	p.Bytes("Content-Length: 99999999999999999999999\r\n\r\n")
	p.Bytes("Content-Length: 0x10\r\n\r\n")
	p.Bytes("Content-Type: application/json\r\n\r\n") // no length at all
	p.Bytes("Content-Length: 0\r\n\r\n")              // empty body: not JSON
	waitNullIDErrors(t, p, -32700, 6)
	// A length past the limit is skipped without reading it into memory.
	p.Bytes("Content-Length: 1000000000000\r\n\r\n")
	alive0 := make(chan struct{})
	go func() {
		defer close(alive0)
		p.CloseInput()
	}()
	<-alive0
	if code := p.Wait(time.Second); code != 1 {
		t.Fatalf("exit code %d after a huge announced frame and EOF, want 1 within a second", code)
	}
	noPanic(t, p)
}

func TestHugeContentLengthIsSkipped(t *testing.T) {
	p := lsptest.Start(t, binPath)
	p.Initialize(nil)
	// Announced above the frame limit: the body is skipped, answered -32700,
	// and the next frame is read normally.
	n := 300 << 20
	p.Bytes(fmt.Sprintf("Content-Length: %d\r\n\r\n", n))
	chunk := strings.Repeat("x", 1<<20)
	for i := 0; i < n>>20; i++ {
		p.Bytes(chunk)
	}
	waitNullIDErrors(t, p, -32700, 1)
	alive(t, p)
	finish(t, p)
}

func TestNotJSONRPC(t *testing.T) {
	p := lsptest.Start(t, binPath)
	p.Initialize(nil)
	parse := []string{
		`{"jsonrpc":"2.0","id":1,"method":"textDocument/hover"`, // cut
		`not json at all`,
		"\x00\x01\x02",
		"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\xff\"}", // invalid UTF-8 inside a string is JSON-ish but not valid
	}
	invalid := []string{
		`[]`,
		`[1,2,3]`,
		`42`,
		`"hello"`,
		`null`,
		`{"hello":"world"}`,
		`{"jsonrpc":"1.0","id":9,"method":"textDocument/hover"}`,
		`{"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/hover"}`,
		`{"jsonrpc":"2.0","id":10,"method":42}`,
	}
	for _, b := range parse {
		p.Frame(b)
	}
	for _, b := range invalid {
		p.Frame(b)
	}
	alive(t, p)
	// Each message was answered once with an error and id null (a batch
	// may be answered with one error per member, so at least one each).
	var replies int
	for _, m := range p.Notes() {
		if m.Error != nil && (len(m.ID) == 0 || string(m.ID) == "null") {
			if m.Error.Code != -32700 && m.Error.Code != -32600 {
				t.Errorf("unexpected error code for a malformed message: %+v", m.Error)
			}
			replies++
		}
	}
	if replies < len(parse)+len(invalid)-2 { // [] and [1,2,3] may be folded differently
		t.Errorf("want an error reply per malformed message (%d), got %d: %q", len(parse)+len(invalid), replies, p.Raw)
	}
	// A response from the client to nothing the server asked is dropped.
	p.Frame(`{"jsonrpc":"2.0","id":12345,"result":{}}`)
	p.Frame(`{"jsonrpc":"2.0","id":"abc","error":{"code":1,"message":"x"}}`)
	alive(t, p)
	finish(t, p)
}

// racingText is a document whose hover answer is easy to check.
const racingText = "package p\n\nimport \"net/http\"\n\nfunc f(w http.ResponseWriter) {\n\tw.WriteHeader(404)\n}\n"

func TestRequestsRaceWithChangeAndClose(t *testing.T) {
	p := lsptest.Start(t, binPath)
	p.Initialize(nil)
	uri := "file:///race/a.go"
	var wg sync.WaitGroup
	errs := make(chan string, 1000)
	for round := 0; round < 50; round++ {
		p.Open(uri, "go", racingText)
		wg.Add(1)
		go func(round int) {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				m := p.Hover(uri, 5, 16)
				if m.Error != nil {
					errs <- fmt.Sprintf("hover error %+v", m.Error)
				}
			}
		}(round)
		for v := 2; v < 6; v++ {
			p.Notify("textDocument/didChange", map[string]any{
				"textDocument":   map[string]any{"uri": uri, "version": v},
				"contentChanges": []any{map[string]any{"range": rng(5, 15, 5, 18), "text": []string{"404", "500", "20", "4044"}[v%4]}},
			})
		}
		p.Notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": 9},
			"contentChanges": []any{map[string]any{"text": racingText}},
		})
		if round%2 == 0 {
			p.Notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
		}
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	// Ordering: a hover sent after a didChange sees the changed text.
	p.Open(uri, "go", racingText)
	p.Notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 20},
		"contentChanges": []any{map[string]any{"range": rng(5, 15, 5, 18), "text": "503"}},
	})
	if m := p.Hover(uri, 5, 16); !strings.Contains(string(m.Result), "503") {
		t.Fatalf("hover after didChange does not see the edit: %s", m.Result)
	}
	p.Notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
	if m := p.Hover(uri, 5, 16); string(m.Result) != "null" {
		t.Fatalf("hover after didClose: want null, got %s", m.Result)
	}
	finish(t, p)
}

func rng(sl, sc, el, ec int) map[string]any {
	return map[string]any{"start": map[string]any{"line": sl, "character": sc}, "end": map[string]any{"line": el, "character": ec}}
}

// TestThousandConcurrentRequests sends 1,000 requests without waiting and
// checks each id is answered exactly once, with the right kind of answer.
func TestThousandConcurrentRequests(t *testing.T) {
	p := lsptest.Start(t, binPath)
	p.Initialize(nil)
	uri := "file:///many/a.go"
	p.Open(uri, "go", racingText)
	const n = 1000
	var b strings.Builder
	for i := 0; i < n; i++ {
		id := 100000 + i
		switch i % 3 {
		case 0:
			fmt.Fprintf(&b, `{"jsonrpc":"2.0","id":%d,"method":"textDocument/hover","params":{"textDocument":{"uri":%q},"position":{"line":5,"character":16}}}`, id, uri)
		case 1:
			fmt.Fprintf(&b, `{"jsonrpc":"2.0","id":"s%d","method":"no/such/method","params":{}}`, id)
		case 2:
			fmt.Fprintf(&b, `{"jsonrpc":"2.0","id":%d,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///unknown.go"},"position":{"line":0,"character":0}}}`, id)
		}
		body := b.String()
		b.Reset()
		// Write from several goroutines' worth of bursts, without waiting.
		p.Bytes(fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body))
	}
	answers := map[string]lsptest.Message{}
	deadline := time.Now().Add(10 * time.Second)
	for len(answers) < n && time.Now().Before(deadline) {
		answers = map[string]lsptest.Message{}
		dup := ""
		for _, m := range p.Notes() {
			if len(m.ID) == 0 || m.Method != "" {
				continue
			}
			if _, seen := answers[string(m.ID)]; seen {
				dup = string(m.ID)
			}
			answers[string(m.ID)] = m
		}
		if dup != "" {
			t.Fatalf("id %s answered twice", dup)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if len(answers) != n {
		t.Fatalf("%d of %d requests answered", len(answers), n)
	}
	for i := 0; i < n; i++ {
		id := 100000 + i
		key := fmt.Sprint(id)
		if i%3 == 1 {
			key = fmt.Sprintf(`"s%d"`, id)
		}
		m, ok := answers[key]
		if !ok {
			t.Fatalf("request %s not answered", key)
		}
		switch i % 3 {
		case 0:
			if m.Error != nil || !strings.Contains(string(m.Result), "Not Found") {
				t.Fatalf("hover %s: %+v %s", key, m.Error, m.Result)
			}
		case 1:
			if m.Error == nil || m.Error.Code != -32601 {
				t.Fatalf("unknown method %s: want -32601, got %+v", key, m.Error)
			}
		case 2:
			if m.Error != nil || string(m.Result) != "null" {
				t.Fatalf("hover on unknown document %s: %+v %s", key, m.Error, m.Result)
			}
		}
	}
	finish(t, p)
}

func TestClientDisappears(t *testing.T) {
	p := lsptest.Start(t, binPath)
	p.Initialize(nil)
	p.Open("file:///gone/a.go", "go", racingText)
	// Requests in flight when the client goes away.
	for i := 0; i < 50; i++ {
		p.Frame(fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///gone/a.go"},"position":{"line":5,"character":16}}}`, 500+i))
	}
	start := time.Now()
	p.CloseInput()
	if code := p.Wait(time.Second); code != 1 {
		t.Fatalf("stdin closed: exit code %d within a second, want 1", code)
	}
	t.Logf("exited %v after stdin closed", time.Since(start))
	noPanic(t, p)
}

func TestHostileDocuments(t *testing.T) {
	p := lsptest.Start(t, binPath)
	p.Initialize(nil)
	docs := map[string]string{
		"file:///h/utf8.go":  "package p\n\nfunc f(w http.ResponseWriter) {\n\tw.WriteHeader(404) // \xff\xfe\xc3\x28 \xed\xa0\x80\n}\n\xf0\x9f",
		"file:///h/nul.go":   "package p\x00\n\x00\x00func f(w http.ResponseWriter) { w.WriteHeader(404) }\x00",
		"file:///h/bin.py":   string([]byte{0x7f, 'E', 'L', 'F', 0, 0, 0, 0xff, 0xfe, '\n', 0x80, 0x81, '4', '0', '4'}),
		"file:///h/emoji.ts": "const a = \"😀😀😀\"; res.status(404); // 😀\r\nres.status(500)\r\n",
		"file:///h/empty.go": "",
		"file:///h/crlf.go":  "package p\r\n\r\nfunc f(w http.ResponseWriter) {\r\n\tw.WriteHeader(404)\r\n}\r\n",
	}
	for uri, text := range docs {
		p.Open(uri, "go", text)
	}
	// Invalid UTF-8 arrives as raw bytes in the JSON string too.
	raw := "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///h/raw.go\",\"languageId\":\"go\",\"version\":1,\"text\":\"w.WriteHeader(404) \xff\xfe\"}}}"
	p.Frame(raw)
	positions := [][2]int{{0, 0}, {3, 16}, {3, 1 << 20}, {1 << 30, 0}, {4294967295, 4294967295}, {2, 3}, {0, 3}}
	for uri := range docs {
		for _, pos := range positions {
			if m := p.Hover(uri, pos[0], pos[1]); m.Error != nil {
				t.Fatalf("hover %s %v: %+v", uri, pos, m.Error)
			}
		}
	}
	// Negative and non-integer positions are bad params, not a crash.
	if m := p.CallRaw("textDocument/hover", `{"textDocument":{"uri":"file:///h/utf8.go"},"position":{"line":-1,"character":-7}}`); m.Error == nil || m.Error.Code != -32602 {
		t.Fatalf("negative position: want -32602, got %+v %s", m.Error, m.Result)
	}
	if m := p.CallRaw("textDocument/hover", `{"textDocument":{"uri":"file:///h/utf8.go"},"position":{"line":1.5,"character":1e40}}`); m.Error == nil || m.Error.Code != -32602 {
		t.Fatalf("fractional position: want -32602, got %+v %s", m.Error, m.Result)
	}
	// Edits: unopened documents, ranges past the end, reversed ranges, edits
	// inside a surrogate pair and a CRLF.
	p.Notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": "file:///h/never-opened.go", "version": 2},
		"contentChanges": []any{map[string]any{"range": rng(0, 0, 0, 0), "text": "x"}},
	})
	changes := []map[string]any{
		{"range": rng(100, 0, 200, 5), "text": "w.WriteHeader(418)\n"},
		{"range": rng(3, 40, 1, 0), "text": "?"},
		{"range": rng(0, 11, 0, 12), "text": "!"}, // inside the first emoji of emoji.ts
		{"range": rng(0, 4294967295, 4294967295, 4294967295), "text": ""},
		{"range": rng(0, 0, 0, 0), "text": "\x00\xff"},
	}
	for uri := range docs {
		for i, ch := range changes {
			p.Notify("textDocument/didChange", map[string]any{
				"textDocument":   map[string]any{"uri": uri, "version": 10 + i},
				"contentChanges": []any{ch},
			})
		}
		if m := p.Hover(uri, 0, 1); m.Error != nil {
			t.Fatalf("hover after hostile edits to %s: %+v", uri, m.Error)
		}
	}
	// Documents and URIs that are not what they claim.
	for _, uri := range []string{"", "not a uri", "file://", "untitled:Untitled-1", "file:///%zz", "http://example.com/x.go"} {
		p.Open(uri, "go", racingText)
		if m := p.Hover(uri, 5, 16); m.Error != nil {
			t.Fatalf("hover on %q: %+v", uri, m.Error)
		}
		p.Notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
	}
	// A 5 MB document: opened, hovered at its end, edited at its end.
	var big strings.Builder
	for big.Len() < 5<<20 {
		big.WriteString("func f(w http.ResponseWriter) { w.WriteHeader(404) } // ¡ü😀\n")
	}
	lines := strings.Count(big.String(), "\n")
	p.Open("file:///h/big.go", "go", "package p\n"+big.String())
	col := strings.Index(big.String(), "404") // the digits on every line
	if m := p.Hover("file:///h/big.go", lines, col+1); m.Error != nil || !strings.Contains(string(m.Result), "Not Found") {
		t.Fatalf("hover on the last line of a 5 MB document: %+v %.200s", m.Error, m.Result)
	}
	p.Notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": "file:///h/big.go", "version": 2},
		"contentChanges": []any{map[string]any{"range": rng(lines, col, lines, col+3), "text": "500"}},
	})
	if m := p.Hover("file:///h/big.go", lines, col+1); m.Error != nil || !strings.Contains(string(m.Result), "500") {
		t.Fatalf("hover after an edit to a 5 MB document: %+v %.200s", m.Error, m.Result)
	}
	// Other feature requests on hostile input must not fail either.
	for _, method := range []string{"textDocument/completion", "textDocument/codeAction", "textDocument/inlayHint", "textDocument/references"} {
		for uri := range docs {
			params := map[string]any{
				"textDocument": map[string]any{"uri": uri},
				"position":     map[string]any{"line": 0, "character": 3},
				"range":        rng(0, 0, 1<<20, 0),
				"context":      map[string]any{"diagnostics": []any{}, "includeDeclaration": true},
			}
			if m := p.Call(method, params); m.Error != nil && m.Error.Code != -32601 {
				t.Errorf("%s on %s: %+v", method, uri, m.Error)
			}
		}
	}
	alive(t, p)
	finish(t, p)
}

// TestStdoutCarriesFramesOnly runs a session with logging at debug level and
// checks every byte of stdout belongs to a frame holding valid JSON (the
// client fails the test on anything else).
func TestStdoutCarriesFramesOnly(t *testing.T) {
	p := lsptest.Start(t, binPath, "--log-level", "debug")
	p.Initialize(nil)
	p.Open("file:///o/a.go", "go", racingText)
	p.Frame(`garbage`)
	p.Hover("file:///o/a.go", 5, 16)
	finish(t, p)
	<-p.Done
	for _, raw := range p.Raw {
		if !json.Valid([]byte(raw)) {
			t.Fatalf("frame is not JSON: %q", raw)
		}
	}
}

// TestAnswersBeforeExit sends requests, shutdown and exit back to back without
// waiting: every request received before exit is answered exactly once and
// the exit code is 0.
func TestAnswersBeforeExit(t *testing.T) {
	for round := 0; round < 5; round++ {
		p := lsptest.Start(t, binPath)
		p.Initialize(nil)
		p.Open("file:///x/a.go", "go", racingText)
		var b strings.Builder
		const n = 200
		for i := 0; i < n; i++ {
			body := fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x/a.go"},"position":{"line":5,"character":16}}}`, 7000+i)
			fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s", len(body), body)
		}
		for _, body := range []string{`{"jsonrpc":"2.0","id":9999,"method":"shutdown"}`, `{"jsonrpc":"2.0","method":"exit"}`} {
			fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s", len(body), body)
		}
		p.Bytes(b.String())
		if code := p.Wait(2 * time.Second); code != 0 {
			t.Fatalf("exit code %d, want 0", code)
		}
		<-p.Done
		seen := map[string]int{}
		for _, m := range p.Notes() {
			if len(m.ID) > 0 && m.Method == "" {
				seen[string(m.ID)]++
			}
		}
		for i := 0; i < n; i++ {
			if c := seen[fmt.Sprint(7000+i)]; c != 1 {
				t.Fatalf("round %d: request %d answered %d times before exit (%d ids answered)", round, 7000+i, c, len(seen))
			}
		}
		if seen["9999"] != 1 {
			t.Fatalf("shutdown answered %d times", seen["9999"])
		}
		noPanic(t, p)
	}
}

// TestCancelOverStdio queues hovers behind a slow one (the first hover after
// an edit rescans a 5 MB document) and cancels most of them: each request is
// answered exactly once, cancelled ones that had not started with -32800.
func TestCancelOverStdio(t *testing.T) {
	p := lsptest.Start(t, binPath)
	p.Initialize(nil)
	var big strings.Builder
	for big.Len() < 5<<20 {
		big.WriteString("func f(w http.ResponseWriter) { w.WriteHeader(404) }\n")
	}
	uri := "file:///c/big.go"
	p.Open(uri, "go", "package p\n"+big.String())
	p.Hover(uri, 1, 47)
	var b strings.Builder
	frame := func(body string) { fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s", len(body), body) }
	frame(fmt.Sprintf(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":%q,"version":2},"contentChanges":[{"range":{"start":{"line":1,"character":46},"end":{"line":1,"character":49}},"text":"500"}]}}`, uri))
	const n = 100
	for i := 0; i < n; i++ {
		frame(fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"textDocument/hover","params":{"textDocument":{"uri":%q},"position":{"line":1,"character":47}}}`, 8000+i, uri))
	}
	for i := 1; i < n; i++ {
		frame(fmt.Sprintf(`{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":%d}}`, 8000+i))
	}
	p.Bytes(b.String())
	alive(t, p)
	deadline := time.Now().Add(10 * time.Second)
	var answers map[string]lsptest.Message
	for {
		answers = map[string]lsptest.Message{}
		for _, m := range p.Notes() {
			if len(m.ID) > 0 && m.Method == "" {
				if _, dup := answers[string(m.ID)]; dup {
					t.Fatalf("id %s answered twice", m.ID)
				}
				answers[string(m.ID)] = m
			}
		}
		if len(answers) >= n || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancelled := 0
	for i := 0; i < n; i++ {
		m, ok := answers[fmt.Sprint(8000+i)]
		switch {
		case !ok:
			t.Fatalf("request %d not answered", 8000+i)
		case m.Error != nil && m.Error.Code == -32800 && i > 0:
			cancelled++
		case m.Error != nil:
			t.Fatalf("request %d: %+v", 8000+i, m.Error)
		case !strings.Contains(string(m.Result), "500"):
			t.Fatalf("request %d does not see the edit before it: %.100s", 8000+i, m.Result)
		}
	}
	t.Logf("%d of %d cancelled requests answered -32800 without running", cancelled, n-1)
	if cancelled < (n-1)/2 {
		t.Errorf("only %d of %d queued requests were cancelled", cancelled, n-1)
	}
	finish(t, p)
}

// TestClientDiesMidSession closes the server's stdout (the client process
// died) while diagnostics and answers are being written: the server notices
// the broken pipe and exits with code 1, not killed by SIGPIPE.
func TestClientDiesMidSession(t *testing.T) {
	p := lsptest.Start(t, binPath)
	p.Initialize(nil)
	p.CloseStdout()
	for i := 0; i < 20; i++ {
		p.Open(fmt.Sprintf("file:///d/a%d.go", i), "go", racingText)
		p.Frame(fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///d/a0.go"},"position":{"line":5,"character":16}}}`, 900+i))
	}
	if code := p.Wait(2 * time.Second); code != 1 {
		t.Fatalf("stdout closed: exit code %d within 2s, want 1 (-1: still running; a signal death is not 1)", code)
	}
	noPanic(t, p)
}
