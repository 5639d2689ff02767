package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"httpstatus-lsp/lsp/lsptest"
)

var binPath string

// TestMain builds the real binary once; the tests drive it over stdio pipes.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "httpstatus-lsp-e2e")
	if err != nil {
		panic(err)
	}
	binPath = filepath.Join(dir, "httpstatus-lsp")
	build := exec.Command("go", "build", "-o", binPath, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building the binary failed: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// position returns the (line, character) of the first occurrence of needle
// in text, plus delta bytes (ASCII test texts: bytes are characters).
func position(t *testing.T, text, needle string, delta int) (int, int) {
	t.Helper()
	i := strings.Index(text, needle)
	if i < 0 {
		t.Fatalf("%q not in text", needle)
	}
	i += delta
	line := strings.Count(text[:i], "\n")
	return line, i - (strings.LastIndex(text[:i], "\n") + 1)
}

type hoverResult struct {
	Contents struct {
		Kind  string `json:"kind"`
		Value string `json:"value"`
	} `json:"contents"`
	Range struct {
		Start struct{ Line, Character int } `json:"start"`
		End   struct{ Line, Character int } `json:"end"`
	} `json:"range"`
}

const goHandler = `package main

import (
	"net/http"
	"time"
)

func handler(w http.ResponseWriter, r *http.Request) {
	time.Sleep(404 * time.Millisecond)
	if r.URL.Path != "/" {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	w.WriteHeader(404)
	http.ListenAndServe(":8080", nil)
}
`

func TestHoverOverStdio(t *testing.T) {
	p := lsptest.Start(t, binPath, "--stdio")
	p.Initialize(nil)
	uri := "file:///tmp/project/main.go"
	p.Open(uri, "go", goHandler)

	cases := []struct {
		name          string
		needle        string
		delta         int
		wantNull      bool
		wantTokenSpan string
	}{
		{name: "constant", needle: "StatusNotFound", delta: 3, wantTokenSpan: "StatusNotFound"},
		{name: "literal in WriteHeader", needle: "WriteHeader(404)", delta: len("WriteHeader(") + 1, wantTokenSpan: "404"},
		{name: "cursor right after the digits", needle: "WriteHeader(404)", delta: len("WriteHeader(404"), wantTokenSpan: "404"},
		{name: "sleep is not a status", needle: "Sleep(404", delta: len("Sleep(") + 1, wantNull: true},
		{name: "port is not a status", needle: ":8080", delta: 2, wantNull: true},
		{name: "keyword", needle: "func handler", delta: 1, wantNull: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			line, char := position(t, goHandler, c.needle, c.delta)
			m := p.Hover(uri, line, char)
			if m.Error != nil {
				t.Fatalf("hover error: %+v", m.Error)
			}
			if c.wantNull {
				if string(m.Result) != "null" {
					t.Fatalf("want null hover, got %s", m.Result)
				}
				return
			}
			var h hoverResult
			if err := json.Unmarshal(m.Result, &h); err != nil || string(m.Result) == "null" {
				t.Fatalf("want a hover, got %s (%v)", m.Result, err)
			}
			if h.Contents.Kind != "markdown" || !strings.Contains(h.Contents.Value, "404") || !strings.Contains(h.Contents.Value, "Not Found") {
				t.Fatalf("hover lacks 404 / Not Found in markdown: %+v", h.Contents)
			}
			sl, sc := position(t, goHandler, c.wantTokenSpan, 0)
			if c.needle != c.wantTokenSpan {
				sl, sc = position(t, goHandler, c.needle, strings.Index(c.needle, c.wantTokenSpan))
			}
			if h.Range.Start.Line != sl || h.Range.Start.Character != sc || h.Range.End.Line != sl || h.Range.End.Character != sc+len(c.wantTokenSpan) {
				t.Fatalf("range %+v does not cover exactly %q at %d:%d", h.Range, c.wantTokenSpan, sl, sc)
			}
		})
	}
	p.Call("shutdown", nil)
	p.Notify("exit", nil)
	if code := p.Wait(2 * time.Second); code != 0 {
		t.Fatalf("exit after shutdown: exit code %d, want 0", code)
	}
}

func TestLifecycle(t *testing.T) {
	p := lsptest.Start(t, binPath)
	if m := p.Hover("file:///x.go", 0, 0); m.Error == nil || m.Error.Code != -32002 {
		t.Fatalf("request before initialize: want -32002, got %+v %s", m.Error, m.Result)
	}
	p.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": "file:///early.go", "languageId": "go", "version": 1, "text": "x"}})
	init := p.Initialize(map[string]any{})
	if !strings.Contains(string(init.Result), `"capabilities"`) || !strings.Contains(string(init.Result), `"hoverProvider":true`) {
		t.Fatalf("initialize result lacks capabilities: %s", init.Result)
	}
	if m := p.Call("initialize", map[string]any{"capabilities": map[string]any{}}); m.Error == nil {
		t.Fatalf("second initialize must fail, got %s", m.Result)
	}
	if m := p.Call("workspace/noSuchRequest", map[string]any{}); m.Error == nil || m.Error.Code != -32601 {
		t.Fatalf("unknown request: want -32601, got %+v", m.Error)
	}
	p.Notify("$/noSuchNotification", map[string]any{"x": 1})
	p.Notify("textDocument/didChange", map[string]any{"bogus": true}) // malformed notification
	if m := p.CallRaw("textDocument/hover", `{"textDocument":{"uri":5},"position":"zero"}`); m.Error == nil || m.Error.Code != -32602 {
		t.Fatalf("malformed params: want -32602, got %+v", m.Error)
	}
	// Still alive after all that.
	if m := p.Hover("file:///not-open.go", 3, 3); m.Error != nil || string(m.Result) != "null" {
		t.Fatalf("hover on unknown document: want null, got %+v %s", m.Error, m.Result)
	}
	if m := p.Call("shutdown", nil); m.Error != nil {
		t.Fatalf("shutdown: %+v", m.Error)
	}
	if m := p.Hover("file:///x.go", 0, 0); m.Error == nil || m.Error.Code != -32600 {
		t.Fatalf("request after shutdown: want -32600, got %+v", m.Error)
	}
	p.Notify("exit", nil)
	if code := p.Wait(time.Second); code != 0 {
		t.Fatalf("exit after shutdown: exit code %d, want 0 within a second", code)
	}
}

func TestExitWithoutShutdown(t *testing.T) {
	p := lsptest.Start(t, binPath, "--stdio")
	p.Initialize(nil)
	p.Notify("exit", nil)
	if code := p.Wait(time.Second); code != 1 {
		t.Fatalf("exit without shutdown: exit code %d, want 1", code)
	}
}

func TestMalformedFramesKeepServing(t *testing.T) {
	p := lsptest.Start(t, binPath)
	p.Initialize(nil)
	p.Frame(`{"jsonrpc":"2.0","id":77,"method":`) // not JSON
	p.Frame(`[1,2`)                               // not JSON either
	p.Frame(`{"hello":"world"}`)                  // JSON, not JSON-RPC
	p.Bytes("Content-Length: abc\r\n\r\n")        // bad header
	nullID := 0
	_, _, ok := p.WaitNote(0, 5*time.Second, func(m lsptest.Message) bool {
		if m.Error != nil && (string(m.ID) == "" || string(m.ID) == "null") && m.Error.Code == -32700 {
			nullID++
		}
		return nullID >= 2
	})
	if !ok {
		t.Fatalf("want -32700 replies with id null for unparsable frames; got %v", p.Raw)
	}
	text := "package p\nfunc f(w http.ResponseWriter) { w.WriteHeader(http.StatusTeapot) }\n"
	p.Open("file:///p.go", "go", text)
	if m := p.Call("shutdown", nil); m.Error != nil {
		t.Fatalf("server stopped answering after malformed input: %+v", m.Error)
	}
	p.Notify("exit", nil)
	if code := p.Wait(time.Second); code != 0 {
		t.Fatalf("exit code %d", code)
	}
	if strings.Contains(p.Stderr.String(), "panic") {
		t.Fatalf("server panicked: %s", p.Stderr.String())
	}
}

func TestStdinClosedEndsServer(t *testing.T) {
	p := lsptest.Start(t, binPath)
	p.Initialize(nil)
	p.CloseInput()
	if code := p.Wait(2 * time.Second); code != 1 {
		t.Fatalf("stdin closed without shutdown: exit code %d, want 1", code)
	}
}

func TestVersionAndExplain(t *testing.T) {
	out, err := exec.Command(binPath, "--version").Output()
	if err != nil || !strings.HasPrefix(string(out), "httpstatus-lsp ") {
		t.Fatalf("--version: %q %v", out, err)
	}
	out, err = exec.Command(binPath, "explain", "404", "--json").Output()
	if err != nil {
		t.Fatalf("explain --json: %v", err)
	}
	var e map[string]any
	if err := json.Unmarshal(out, &e); err != nil {
		t.Fatalf("explain --json is not JSON: %v\n%s", err, out)
	}
	if e["code"] != float64(404) || e["phrase"] != "Not Found" || e["class"] != "4xx" || e["registered"] != true {
		t.Fatalf("explain --json fields: %v", e)
	}
	cmd := exec.Command(binPath, "explain", "12345")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.Contains(stderr.String(), "12345") {
		t.Fatalf("explain of an unknown code: want exit 1 and a message naming it, got %v %q", err, stderr.String())
	}
}
