package lsp

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"go.lsp.dev/uri"

	"httpstatus-lsp/lsp/lsptest"
)

// End-to-end tests of completion, inlay hints, references and settings: the
// real binary over stdio pipes, spoken to with raw JSON-RPC.

var (
	featureBinOnce sync.Once
	featureBinPath string
	featureBinErr  error
)

// featureBinary builds the server once for this package's end-to-end tests.
func featureBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test builds the binary")
	}
	featureBinOnce.Do(func() {
		dir, err := os.MkdirTemp("", "httpstatus-lsp-features")
		if err != nil {
			featureBinErr = err
			return
		}
		featureBinPath = filepath.Join(dir, "httpstatus-lsp")
		out, err := exec.Command("go", "build", "-o", featureBinPath, "httpstatus-lsp/cmd/httpstatus-lsp").CombinedOutput()
		if err != nil {
			featureBinErr = err
			t.Logf("%s", out)
		}
	})
	if featureBinErr != nil {
		t.Fatalf("building the binary: %v", featureBinErr)
	}
	return featureBinPath
}

func startFeatures(t *testing.T, initOptions any, capabilities map[string]any) *lsptest.Process {
	t.Helper()
	p := lsptest.Start(t, featureBinary(t), "--stdio")
	if capabilities == nil {
		capabilities = map[string]any{}
	}
	params := map[string]any{"processId": nil, "rootUri": nil, "capabilities": capabilities}
	if initOptions != nil {
		params["initializationOptions"] = initOptions
	}
	m := p.Call("initialize", params)
	if m.Error != nil {
		t.Fatalf("initialize: %+v", m.Error)
	}
	p.Notify("initialized", map[string]any{})
	return p
}

func textPos(t *testing.T, text, needle string, delta int) map[string]any {
	t.Helper()
	i := strings.Index(text, needle)
	if i < 0 {
		t.Fatalf("%q not in text", needle)
	}
	i += delta
	return map[string]any{"line": strings.Count(text[:i], "\n"), "character": i - (strings.LastIndex(text[:i], "\n") + 1)}
}

type wireItem struct {
	Label        string `json:"label"`
	Detail       string `json:"detail"`
	LabelDetails struct {
		Description string `json:"description"`
	} `json:"labelDetails"`
	Documentation struct {
		Kind  string `json:"kind"`
		Value string `json:"value"`
	} `json:"documentation"`
	FilterText string `json:"filterText"`
	TextEdit   struct {
		NewText string `json:"newText"`
	} `json:"textEdit"`
	AdditionalTextEdits []struct {
		NewText string `json:"newText"`
	} `json:"additionalTextEdits"`
}

func completeAt(t *testing.T, p *lsptest.Process, docURI string, pos map[string]any) []wireItem {
	t.Helper()
	m := p.Call("textDocument/completion", map[string]any{"textDocument": map[string]any{"uri": docURI}, "position": pos})
	if m.Error != nil {
		t.Fatalf("completion: %+v", m.Error)
	}
	var list struct {
		Items []wireItem `json:"items"`
	}
	if string(m.Result) != "null" {
		if err := json.Unmarshal(m.Result, &list); err != nil {
			t.Fatalf("completion result %s: %v", m.Result, err)
		}
	}
	return list.Items
}

const e2eGo = `package main

import (
	"fmt"
	"net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
	fmt.Println(r.URL)
	w.WriteHeader(http.Status)
	w.WriteHeader(4)
	w.WriteHeader(404)
	w.WriteHeader(299)
}
`

func TestE2ECompletion(t *testing.T) {
	p := startFeatures(t, nil, nil)
	docURI := "file:///tmp/e2e/main.go"
	p.Open(docURI, "go", e2eGo)

	items := completeAt(t, p, docURI, textPos(t, e2eGo, "http.Status)", len("http.Status")))
	var found *wireItem
	for i := range items {
		if items[i].Label == "StatusNotFound" {
			found = &items[i]
		}
	}
	if found == nil {
		t.Fatalf("no StatusNotFound among %d items", len(items))
	}
	if !strings.Contains(found.Detail+found.LabelDetails.Description, "404") {
		t.Errorf("detail %q / labelDetails %q lack 404", found.Detail, found.LabelDetails.Description)
	}
	if found.Documentation.Kind != "markdown" || !strings.Contains(found.Documentation.Value, "Not Found") {
		t.Errorf("documentation = %+v", found.Documentation)
	}

	items = completeAt(t, p, docURI, textPos(t, e2eGo, "WriteHeader(4)", len("WriteHeader(4")))
	ok := false
	for _, it := range items {
		if !strings.HasPrefix(it.Label, "4") && !strings.HasPrefix(it.FilterText, "4") {
			t.Errorf("item %q does not start with the typed digit", it.Label)
		}
		if it.Label == "404 Not Found" && it.TextEdit.NewText == "404" {
			ok = true
		}
	}
	if !ok {
		t.Errorf("no `404 Not Found` item inserting 404 among %d items", len(items))
	}
}

func TestE2EInlayHintsAndReferences(t *testing.T) {
	p := startFeatures(t, nil, nil)
	a, b := "file:///tmp/e2e/main.go", "file:///tmp/e2e/main_test.go"
	test := "package main\n\nfunc TestX(t *testing.T) {\n\tif rr.Code != http.StatusNotFound {\n\t\tt.Fatal()\n\t}\n}\n"
	p.Open(a, "go", e2eGo)
	p.Open(b, "go", test)

	m := p.Call("textDocument/inlayHint", map[string]any{"textDocument": map[string]any{"uri": a},
		"range": map[string]any{"start": map[string]any{"line": 0, "character": 0}, "end": map[string]any{"line": 100, "character": 0}}})
	var hints []struct {
		Position    struct{ Line, Character int } `json:"position"`
		Label       string                        `json:"label"`
		PaddingLeft bool                          `json:"paddingLeft"`
	}
	if err := json.Unmarshal(m.Result, &hints); err != nil {
		t.Fatalf("inlayHint result %s: %v", m.Result, err)
	}
	want := textPos(t, e2eGo, "WriteHeader(404)", len("WriteHeader(404"))
	got := false
	for _, h := range hints {
		if strings.Contains(h.Label, "Not Found") && h.Position.Line == want["line"] && h.Position.Character == want["character"] && h.PaddingLeft {
			got = true
		}
	}
	if !got {
		t.Errorf("no `Not Found` hint after 404 at %v: %s", want, m.Result)
	}

	m = p.Call("textDocument/references", map[string]any{"textDocument": map[string]any{"uri": a},
		"position": textPos(t, e2eGo, "WriteHeader(404)", len("WriteHeader(")+1), "context": map[string]any{"includeDeclaration": true}})
	var locs []struct {
		URI string `json:"uri"`
	}
	if err := json.Unmarshal(m.Result, &locs); err != nil {
		t.Fatalf("references result %s: %v", m.Result, err)
	}
	perDoc := map[string]int{}
	for _, l := range locs {
		perDoc[l.URI]++
	}
	if perDoc[a] != 1 || perDoc[b] != 1 || len(locs) != 2 {
		t.Errorf("references = %s", m.Result)
	}

	m = p.Call("textDocument/documentHighlight", map[string]any{"textDocument": map[string]any{"uri": b},
		"position": textPos(t, test, "StatusNotFound", 2)})
	if !strings.Contains(string(m.Result), `"kind":2`) || strings.Count(string(m.Result), `"range"`) != 1 {
		t.Errorf("documentHighlight = %s", m.Result)
	}
}

// diagnosticCodes waits for the diagnostics of docURI and returns their codes.
func diagnosticCodes(t *testing.T, p *lsptest.Process, docURI string) []string {
	t.Helper()
	msg, _, ok := p.WaitNote(0, 5*time.Second, func(m lsptest.Message) bool {
		return m.Method == "textDocument/publishDiagnostics" && strings.Contains(string(m.Params), docURI)
	})
	if !ok {
		t.Fatalf("no diagnostics for %s", docURI)
	}
	var params struct {
		Diagnostics []struct {
			Code string `json:"code"`
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal(msg.Params, &params); err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, d := range params.Diagnostics {
		codes = append(codes, d.Code)
	}
	return codes
}

func hintCount(t *testing.T, p *lsptest.Process, docURI string) int {
	t.Helper()
	m := p.Call("textDocument/inlayHint", map[string]any{"textDocument": map[string]any{"uri": docURI},
		"range": map[string]any{"start": map[string]any{"line": 0, "character": 0}, "end": map[string]any{"line": 100, "character": 0}}})
	var hints []json.RawMessage
	if err := json.Unmarshal(m.Result, &hints); err != nil {
		t.Fatalf("inlayHint result %s: %v", m.Result, err)
	}
	return len(hints)
}

func TestE2ESettingsFromInitializationOptions(t *testing.T) {
	docURI := "file:///tmp/e2e-settings/main.go"

	// Without settings: hints and the unassigned-code warning for 299.
	p := startFeatures(t, nil, nil)
	p.Open(docURI, "go", e2eGo)
	if codes := diagnosticCodes(t, p, docURI); !contains(codes, "unassigned-code") {
		t.Fatalf("control: unassigned-code expected for 299, got %v", codes)
	}
	if hintCount(t, p, docURI) == 0 {
		t.Fatal("control: hints expected")
	}

	// initializationOptions under "httpstatus": the rule off, hints off.
	p = startFeatures(t, map[string]any{"httpstatus": map[string]any{"hints": false, "rules": map[string]any{"unassigned-code": "off"}}}, nil)
	p.Open(docURI, "go", e2eGo)
	if codes := diagnosticCodes(t, p, docURI); contains(codes, "unassigned-code") {
		t.Errorf("unassigned-code is off, got %v", codes)
	}
	if n := hintCount(t, p, docURI); n != 0 {
		t.Errorf("hints are off, got %d", n)
	}

	// didChangeConfiguration turns hints back on.
	p.Notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"httpstatus": map[string]any{"hints": true}}})
	deadline := time.Now().Add(3 * time.Second)
	for hintCount(t, p, docURI) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("hints stay off after didChangeConfiguration turned them on")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestE2EInvalidSettingsFile(t *testing.T) {
	dir := t.TempDir()
	toml := "# team settings\nhints = true\n\n[rules]\nunassigned-code = \"loud\"\n"
	if err := os.WriteFile(filepath.Join(dir, ".httpstatus.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(dir, "svc", "main.go")
	docURI := string(uri.File(src))
	p := startFeatures(t, nil, nil)
	p.Open(docURI, "go", e2eGo)
	msg, _, ok := p.WaitNote(0, 5*time.Second, func(m lsptest.Message) bool { return m.Method == "window/showMessage" })
	if !ok {
		t.Fatal("no window/showMessage for the invalid settings file")
	}
	var sm struct {
		Type    int    `json:"type"`
		Message string `json:"message"`
	}
	if err := json.Unmarshal(msg.Params, &sm); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sm.Message, "rules.unassigned-code") || !strings.Contains(sm.Message, ".httpstatus.toml:5") {
		t.Errorf("message %q should name the key and line 5", sm.Message)
	}
	// The default stays in force, and the server keeps working.
	if codes := diagnosticCodes(t, p, docURI); !contains(codes, "unassigned-code") {
		t.Errorf("the rule keeps its default severity, got %v", codes)
	}
	h := p.Hover(docURI, 11, 16)
	if h.Error != nil || !strings.Contains(string(h.Result), "Not Found") {
		t.Errorf("hover after an invalid settings file: %s %+v", h.Result, h.Error)
	}
	// Reported once, not on every request.
	hintCount(t, p, docURI)
	hintCount(t, p, docURI)
	n := 0
	for _, m := range p.Notes() {
		if m.Method == "window/showMessage" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d showMessage notifications, want 1", n)
	}
}

// pullPeer is a minimal client for the pull test: it answers the server's
// workspace/configuration requests with the settings it holds and counts them.
type pullPeer struct {
	t   *testing.T
	in  io.WriteCloser
	out *bufio.Reader

	mu       sync.Mutex
	nextID   int
	waiting  map[string]chan json.RawMessage
	settings any
	pulls    int
}

func startPullPeer(t *testing.T) *pullPeer {
	cmd := exec.Command(featureBinary(t), "--stdio")
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = in.Close()
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			_ = cmd.Process.Kill()
		}
	})
	p := &pullPeer{t: t, in: in, out: bufio.NewReader(out), waiting: map[string]chan json.RawMessage{}}
	go p.read()
	return p
}

func (p *pullPeer) write(v any) {
	b, _ := json.Marshal(v)
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.in, "Content-Length: %d\r\n\r\n%s", len(b), b)
}

func (p *pullPeer) call(method string, params any) json.RawMessage {
	p.mu.Lock()
	p.nextID++
	id := strconv.Itoa(p.nextID)
	ch := make(chan json.RawMessage, 1)
	p.waiting[id] = ch
	p.mu.Unlock()
	p.write(map[string]any{"jsonrpc": "2.0", "id": p.nextID, "method": method, "params": params})
	select {
	case r := <-ch:
		return r
	case <-time.After(10 * time.Second):
		p.t.Fatalf("no answer to %s", method)
		return nil
	}
}

func (p *pullPeer) read() {
	for {
		length := -1
		for {
			line, err := p.out.ReadString('\n')
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
		body := make([]byte, max(length, 0))
		if _, err := io.ReadFull(p.out, body); err != nil {
			return
		}
		var m struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Result json.RawMessage `json:"result"`
		}
		if json.Unmarshal(body, &m) != nil {
			continue
		}
		switch {
		case m.Method == "workspace/configuration" && len(m.ID) > 0:
			p.mu.Lock()
			p.pulls++
			answer := []any{p.settings}
			p.mu.Unlock()
			p.write(map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": answer})
		case m.Method == "" && len(m.ID) > 0:
			p.mu.Lock()
			ch := p.waiting[string(m.ID)]
			delete(p.waiting, string(m.ID))
			p.mu.Unlock()
			if ch != nil {
				ch <- m.Result
			}
		case m.Method != "" && len(m.ID) > 0:
			p.write(map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": nil})
		}
	}
}

func (p *pullPeer) set(settings any) {
	p.mu.Lock()
	p.settings = settings
	p.mu.Unlock()
}

func (p *pullPeer) pullCount() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.pulls
}

func (p *pullPeer) hints(docURI string) int {
	res := p.call("textDocument/inlayHint", map[string]any{"textDocument": map[string]any{"uri": docURI},
		"range": map[string]any{"start": map[string]any{"line": 0, "character": 0}, "end": map[string]any{"line": 100, "character": 0}}})
	var hints []json.RawMessage
	if err := json.Unmarshal(res, &hints); err != nil {
		p.t.Fatalf("inlayHint result %s: %v", res, err)
	}
	return len(hints)
}

// eventually polls cond for up to 3 seconds.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal(what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestE2EConfigurationPull(t *testing.T) {
	p := startPullPeer(t)
	p.set(map[string]any{"hints": false})
	p.call("initialize", map[string]any{"processId": nil, "rootUri": nil,
		"capabilities": map[string]any{"workspace": map[string]any{"configuration": true}}})
	p.write(map[string]any{"jsonrpc": "2.0", "method": "initialized", "params": map[string]any{}})
	docURI := "file:///tmp/e2e-pull/main.go"
	p.write(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": map[string]any{
		"textDocument": map[string]any{"uri": docURI, "languageId": "go", "version": 1, "text": e2eGo}}})

	eventually(t, "the server did not pull the httpstatus section after initialize", func() bool { return p.pullCount() >= 1 })
	eventually(t, "the pulled hints = false did not apply", func() bool { return p.hints(docURI) == 0 })

	// A push without settings makes the server pull again, from inside the
	// notification handler, without deadlocking the connection.
	p.set(map[string]any{"hints": true})
	p.write(map[string]any{"jsonrpc": "2.0", "method": "workspace/didChangeConfiguration", "params": map[string]any{"settings": nil}})
	eventually(t, "no second pull after didChangeConfiguration", func() bool { return p.pullCount() >= 2 })
	eventually(t, "the pulled hints = true did not apply", func() bool { return p.hints(docURI) > 0 })
}

func TestE2ESettingsFileChanged(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, ".httpstatus.toml")
	if err := os.WriteFile(file, []byte("hints = true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	docURI := string(uri.File(filepath.Join(dir, "main.go")))
	p := startFeatures(t, nil, map[string]any{"workspace": map[string]any{"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}}})
	p.Open(docURI, "go", e2eGo)
	if codes := diagnosticCodes(t, p, docURI); !contains(codes, "unassigned-code") {
		t.Fatalf("before the change: unassigned-code expected, got %v", codes)
	}
	_, seen, _ := p.WaitNote(0, time.Second, func(m lsptest.Message) bool {
		return m.Method == "textDocument/publishDiagnostics" && strings.Contains(string(m.Params), docURI)
	})
	if err := os.WriteFile(file, []byte("[rules]\nunassigned-code = \"off\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p.Notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []map[string]any{{"uri": string(uri.File(file)), "type": 2}}})
	_, _, ok := p.WaitNote(seen+1, 5*time.Second, func(m lsptest.Message) bool {
		return m.Method == "textDocument/publishDiagnostics" && strings.Contains(string(m.Params), docURI) &&
			!strings.Contains(string(m.Params), "unassigned-code")
	})
	if !ok {
		t.Error("diagnostics were not re-published under the changed settings file")
	}
}
