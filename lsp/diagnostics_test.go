package lsp

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"httpstatus-lsp/lsp/lsptest"
)

// startServer runs a server in-process on a pair of pipes and returns a raw
// JSON-RPC client connected to it.
func startServer(t *testing.T) *lsptest.Client {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	srv := NewServer(Options{Version: "test"})
	done := make(chan struct{})
	go func() {
		srv.Serve(context.Background(), inR, outW)
		outW.Close()
		close(done)
	}()
	c := lsptest.New(t, inW, outR)
	t.Cleanup(func() {
		inW.Close()
		inR.Close()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
		}
	})
	c.Initialize(nil)
	return c
}

type wireDiag struct {
	Range struct {
		Start struct{ Line, Character int } `json:"start"`
		End   struct{ Line, Character int } `json:"end"`
	} `json:"range"`
	Severity        int    `json:"severity"`
	Code            string `json:"code"`
	Source          string `json:"source"`
	Message         string `json:"message"`
	CodeDescription *struct {
		Href string `json:"href"`
	} `json:"codeDescription"`
	Data json.RawMessage `json:"data"`
}

type wirePublish struct {
	URI         string           `json:"uri"`
	Version     *int             `json:"version"`
	Diagnostics *json.RawMessage `json:"diagnostics"`
}

// waitDiagnostics waits for a publishDiagnostics for uri (at or after
// notification index from) that satisfies ok, and returns it decoded.
func waitDiagnostics(t *testing.T, c *lsptest.Client, from int, uri string, ok func(p wirePublish, ds []wireDiag) bool) ([]wireDiag, wirePublish, int) {
	t.Helper()
	var ds []wireDiag
	var pub wirePublish
	_, idx, found := c.WaitNote(from, 5*time.Second, func(m lsptest.Message) bool {
		if m.Method != "textDocument/publishDiagnostics" {
			return false
		}
		var p wirePublish
		if json.Unmarshal(m.Params, &p) != nil || p.URI != uri {
			return false
		}
		var got []wireDiag
		if p.Diagnostics != nil {
			_ = json.Unmarshal(*p.Diagnostics, &got)
		}
		if ok != nil && !ok(p, got) {
			return false
		}
		ds, pub = got, p
		return true
	})
	if !found {
		t.Fatalf("no matching publishDiagnostics for %s; notifications: %v", uri, c.Notes())
	}
	return ds, pub, idx
}

// at is the (line, character) of the first needle in text, plus delta bytes.
func at(t *testing.T, text, needle string, delta int) (int, int) {
	t.Helper()
	i := strings.Index(text, needle)
	if i < 0 {
		t.Fatalf("%q not in text", needle)
	}
	i += delta
	return strings.Count(text[:i], "\n"), i - (strings.LastIndex(text[:i], "\n") + 1)
}

const cleanGo = `package main

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		w.WriteHeader(404)
		return
	}
	w.WriteHeader(http.StatusOK)
}
`

func TestDiagnosticsCleanIsEmptyArray(t *testing.T) {
	c := startServer(t)
	uri := "file:///tmp/httpstatus-test/clean.go"
	c.Open(uri, "go", cleanGo)
	ds, pub, _ := waitDiagnostics(t, c, 0, uri, nil)
	if pub.Diagnostics == nil || strings.TrimSpace(string(*pub.Diagnostics)) != "[]" {
		t.Fatalf("clean document: diagnostics = %v, want []", pub.Diagnostics)
	}
	if len(ds) != 0 {
		t.Fatalf("clean document has diagnostics: %+v", ds)
	}
	if pub.Version == nil || *pub.Version != 1 {
		t.Errorf("version = %v, want 1", pub.Version)
	}
}

const oddGo = `package main

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/old" {
		http.Error(w, "moved", 200)
		return
	}
	w.WriteHeader(299)
}
`

func TestDiagnosticsFindings(t *testing.T) {
	c := startServer(t)
	uri := "file:///tmp/httpstatus-test/odd.go"
	c.Open(uri, "go", oddGo)
	ds, _, _ := waitDiagnostics(t, c, 0, uri, func(_ wirePublish, ds []wireDiag) bool { return len(ds) > 0 })
	byCode := map[string]wireDiag{}
	for _, d := range ds {
		if d.Source != "httpstatus" {
			t.Errorf("source = %q", d.Source)
		}
		byCode[d.Code] = d
	}
	checks := []struct {
		rule, needle string
		severity     int
		inMessage    string
	}{
		{"unassigned-code", "299", 2, "299"},
		{"error-with-success", "200)", 2, "200"},
	}
	for _, ck := range checks {
		d, ok := byCode[ck.rule]
		if !ok {
			t.Errorf("no %s diagnostic in %+v", ck.rule, ds)
			continue
		}
		l, ch := at(t, oddGo, ck.needle, 0)
		if d.Range.Start.Line != l || d.Range.Start.Character != ch || d.Range.End.Line != l || d.Range.End.Character != ch+3 {
			t.Errorf("%s range = %+v, want line %d chars %d-%d", ck.rule, d.Range, l, ch, ch+3)
		}
		if d.Severity != ck.severity {
			t.Errorf("%s severity = %d, want %d", ck.rule, d.Severity, ck.severity)
		}
		if !strings.Contains(d.Message, ck.inMessage) {
			t.Errorf("%s message %q does not name %s", ck.rule, d.Message, ck.inMessage)
		}
		if d.CodeDescription == nil || !strings.HasPrefix(d.CodeDescription.Href, "https://") {
			t.Errorf("%s has no codeDescription.href", ck.rule)
		}
	}
	if len(ds) != len(checks) {
		t.Errorf("got %d diagnostics, want %d: %+v", len(ds), len(checks), ds)
	}
}

func TestDiagnosticsFollowChangesAndClose(t *testing.T) {
	c := startServer(t)
	uri := "file:///tmp/httpstatus-test/edit.go"
	c.Open(uri, "go", cleanGo)
	_, _, idx := waitDiagnostics(t, c, 0, uri, nil)

	// Three quick edits: 404 -> 4044 -> 299 -> 1000. Only the latest text counts.
	l, ch := at(t, cleanGo, "404", 0)
	texts := []string{"4044", "299", "1000"}
	prevLen := 3
	for i, txt := range texts {
		c.Notify("textDocument/didChange", map[string]any{
			"textDocument": map[string]any{"uri": uri, "version": 2 + i},
			"contentChanges": []any{map[string]any{
				"range": map[string]any{"start": map[string]any{"line": l, "character": ch}, "end": map[string]any{"line": l, "character": ch + prevLen}},
				"text":  txt,
			}},
		})
		prevLen = len(txt)
	}
	ds, pub, idx := waitDiagnostics(t, c, idx+1, uri, func(p wirePublish, ds []wireDiag) bool { return p.Version != nil && *p.Version == 4 })
	if len(ds) != 1 || ds[0].Code != "invalid-code" || ds[0].Severity != 1 {
		t.Fatalf("after edits: %+v, want one invalid-code error", ds)
	}
	if ds[0].Range.End.Character-ds[0].Range.Start.Character != 4 {
		t.Errorf("range %+v does not cover 1000", ds[0].Range)
	}
	_ = pub
	c.Notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
	_, pub, _ = waitDiagnostics(t, c, idx+1, uri, func(p wirePublish, ds []wireDiag) bool { return len(ds) == 0 })
	if pub.Diagnostics == nil || strings.TrimSpace(string(*pub.Diagnostics)) != "[]" {
		t.Fatalf("close: diagnostics = %v, want []", pub.Diagnostics)
	}
}

func TestDiagnosticsOtherLanguages(t *testing.T) {
	cases := []struct {
		name, lang, text, rule, needle string
	}{
		{"py-unassigned", "python", "from flask import jsonify\n\ndef h():\n    return jsonify({}), 299\n", "unassigned-code", "299"},
		{"py-abort-success", "python", "from flask import abort\n\ndef h():\n    abort(200)\n", "error-with-success", "200"},
		{"js-unassigned", "javascript", "app.get('/', (req, res) => {\n  res.status(299).send('x');\n});\n", "unassigned-code", "299"},
		{"ts-nonstandard", "typescript", "export function h(req: any, res: any) {\n  res.status(499).end();\n}\n", "nonstandard-code", "499"},
	}
	c := startServer(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			uri := "file:///tmp/httpstatus-test/" + tc.name
			c.Open(uri, tc.lang, tc.text)
			ds, _, _ := waitDiagnostics(t, c, 0, uri, nil)
			for _, d := range ds {
				if d.Code == tc.rule {
					l, ch := at(t, tc.text, tc.needle, 0)
					if d.Range.Start.Line != l || d.Range.Start.Character != ch {
						t.Errorf("range %+v, want %d:%d", d.Range, l, ch)
					}
					return
				}
			}
			t.Errorf("no %s in %+v", tc.rule, ds)
		})
	}
}

type wireAction struct {
	Title       string     `json:"title"`
	Kind        string     `json:"kind"`
	IsPreferred bool       `json:"isPreferred"`
	Diagnostics []wireDiag `json:"diagnostics"`
	Edit        struct {
		Changes map[string][]struct {
			Range struct {
				Start struct{ Line, Character int } `json:"start"`
				End   struct{ Line, Character int } `json:"end"`
			} `json:"range"`
			NewText string `json:"newText"`
		} `json:"changes"`
	} `json:"edit"`
}

func codeActions(t *testing.T, c *lsptest.Client, uri string, l, ch int, only []string) []wireAction {
	t.Helper()
	ctx := map[string]any{"diagnostics": []any{}}
	if only != nil {
		ctx["only"] = only
	}
	m := c.Call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri},
		"range":        map[string]any{"start": map[string]any{"line": l, "character": ch}, "end": map[string]any{"line": l, "character": ch}},
		"context":      ctx,
	})
	if m.Error != nil {
		t.Fatalf("codeAction: %+v", m.Error)
	}
	var as []wireAction
	if err := json.Unmarshal(m.Result, &as); err != nil {
		t.Fatalf("codeAction result %s: %v", m.Result, err)
	}
	return as
}

// applyEdits applies the edits of uri in a code action to text (ASCII texts).
func applyEdits(t *testing.T, text, uri string, a wireAction) string {
	t.Helper()
	edits := a.Edit.Changes[uri]
	if len(edits) == 0 {
		t.Fatalf("action %q has no edits for %s", a.Title, uri)
	}
	lines := strings.SplitAfter(text, "\n")
	off := func(l, ch int) int {
		n := 0
		for i := 0; i < l; i++ {
			n += len(lines[i])
		}
		return n + ch
	}
	// Apply from the end so earlier offsets stay valid.
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		s, en := off(e.Range.Start.Line, e.Range.Start.Character), off(e.Range.End.Line, e.Range.End.Character)
		text = text[:s] + e.NewText + text[en:]
	}
	return text
}

func TestCodeActionLiteralToConstant(t *testing.T) {
	c := startServer(t)
	uri := "file:///tmp/httpstatus-test/ca.go"
	c.Open(uri, "go", cleanGo)
	l, ch := at(t, cleanGo, "404", 1)
	as := codeActions(t, c, uri, l, ch, nil)
	var found *wireAction
	for i := range as {
		if as[i].Kind != "quickfix" {
			t.Errorf("unexpected kind %q (%q)", as[i].Kind, as[i].Title)
		}
		if strings.Contains(as[i].Title, "http.StatusNotFound") {
			found = &as[i]
		}
	}
	if found == nil {
		t.Fatalf("no literal → constant action in %+v", as)
	}
	got := applyEdits(t, cleanGo, uri, *found)
	want := strings.Replace(cleanGo, "w.WriteHeader(404)", "w.WriteHeader(http.StatusNotFound)", 1)
	if got != want {
		t.Errorf("after the fix:\n%s\nwant:\n%s", got, want)
	}

	// Constant → literal on http.StatusOK.
	l, ch = at(t, cleanGo, "StatusOK", 2)
	as = codeActions(t, c, uri, l, ch, []string{"quickfix"})
	if len(as) != 1 || !strings.Contains(as[0].Title, "200") {
		t.Fatalf("constant → literal: %+v", as)
	}
	if got := applyEdits(t, cleanGo, uri, as[0]); !strings.Contains(got, "w.WriteHeader(200)") || !strings.Contains(got, `import "net/http"`) {
		t.Errorf("constant → literal gave:\n%s", got)
	}
}

func TestCodeActionAddsImportWithAlias(t *testing.T) {
	src := "package main\n\nimport (\n\t\"fmt\"\n)\n\nfunc h(w interface{ WriteHeader(int) }) {\n\tfmt.Println()\n\tw.WriteHeader(404)\n}\n"
	c := startServer(t)
	uri := "file:///tmp/httpstatus-test/imp.go"
	c.Open(uri, "go", src)
	l, ch := at(t, src, "404", 0)
	for _, a := range codeActions(t, c, uri, l, ch, nil) {
		if strings.Contains(a.Title, "StatusNotFound") {
			got := applyEdits(t, src, uri, a)
			if !strings.Contains(got, "w.WriteHeader(http.StatusNotFound)") || !strings.Contains(got, "\"fmt\"\n\t\"net/http\"\n)") {
				t.Errorf("import not added:\n%s", got)
			}
			return
		}
	}
	t.Fatal("no literal → constant action")
}

func TestCodeActionTypoAndFixAll(t *testing.T) {
	src := "package main\n\nimport h \"net/http\"\n\nfunc f(w h.ResponseWriter) {\n\tw.WriteHeader(4044)\n}\n"
	c := startServer(t)
	uri := "file:///tmp/httpstatus-test/typo.go"
	c.Open(uri, "go", src)
	l, ch := at(t, src, "4044", 0)
	as := codeActions(t, c, uri, l, ch, []string{"quickfix"})
	if len(as) == 0 || !strings.Contains(as[0].Title, "404") || !as[0].IsPreferred {
		t.Fatalf("typo fix: %+v", as)
	}
	if len(as[0].Diagnostics) != 1 || as[0].Diagnostics[0].Code != "invalid-code" {
		t.Errorf("typo fix not tied to the diagnostic: %+v", as[0].Diagnostics)
	}
	if got := applyEdits(t, src, uri, as[0]); !strings.Contains(got, "w.WriteHeader(404)\n") {
		t.Errorf("typo fix gave:\n%s", got)
	}
	// A typo is a guess: not part of fix-all.
	if fa := codeActions(t, c, uri, 0, 0, []string{"source.fixAll"}); len(fa) != 0 {
		t.Errorf("fixAll without safe fixes: %+v", fa)
	}
}

func TestFixAllUnderConstantStyle(t *testing.T) {
	// The rules decide; the server only converts. Here the style is set in
	// the rules input directly, as the settings file would.
	src := "package main\n\nimport h \"net/http\"\n\nfunc f(w h.ResponseWriter) {\n\tw.WriteHeader(404)\n\tw.WriteHeader(201)\n}\n"
	c := startServer(t)
	dir := t.TempDir()
	if err := writeFile(dir+"/.httpstatus.toml", "style = \"constant\"\n"); err != nil {
		t.Fatal(err)
	}
	uri := "file://" + dir + "/style.go"
	c.Open(uri, "go", src)
	ds, _, _ := waitDiagnostics(t, c, 0, uri, nil)
	if len(ds) != 2 || ds[0].Code != "prefer-constant" || ds[0].Severity != 4 {
		t.Fatalf("style=constant diagnostics: %+v", ds)
	}
	fa := codeActions(t, c, uri, 0, 0, []string{"source.fixAll.httpstatus"})
	if len(fa) != 1 || fa[0].Kind != "source.fixAll.httpstatus" {
		t.Fatalf("fixAll: %+v", fa)
	}
	got := applyEdits(t, src, uri, fa[0])
	if !strings.Contains(got, "w.WriteHeader(h.StatusNotFound)\n\tw.WriteHeader(h.StatusCreated)") {
		t.Errorf("fixAll gave:\n%s", got)
	}
}

func TestCodeActionUnknownDocument(t *testing.T) {
	c := startServer(t)
	m := c.Call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": "file:///nope.go"},
		"range":        map[string]any{"start": map[string]any{"line": 0, "character": 0}, "end": map[string]any{"line": 0, "character": 0}},
		"context":      map[string]any{"diagnostics": []any{}},
	})
	if m.Error != nil || strings.TrimSpace(string(m.Result)) != "[]" {
		t.Fatalf("unknown document: %s %+v", m.Result, m.Error)
	}
}

func writeFile(path, text string) error { return os.WriteFile(path, []byte(text), 0o644) }

func TestCodeActionOtherEcosystems(t *testing.T) {
	c := startServer(t)
	cases := []struct {
		name, lang, text, needle, want string
	}{
		{"py", "python", "from rest_framework import status\nok = Response(status=status.HTTP_200_OK)\nreturn Response(status=404)\n", "404", "status.HTTP_404_NOT_FOUND"},
		{"js", "javascript", "const { StatusCodes } = require('http-status-codes');\nres.status(StatusCodes.OK);\nres.status(404);\n", "404", "StatusCodes.NOT_FOUND"},
		{"js-number", "javascript", "res.status(StatusCodes.NOT_FOUND);\n", "NOT_FOUND", "404"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			uri := "file:///tmp/httpstatus-test/eco-" + tc.name
			c.Open(uri, tc.lang, tc.text)
			l, ch := at(t, tc.text, tc.needle, 1)
			for _, a := range codeActions(t, c, uri, l, ch, []string{"quickfix"}) {
				if strings.HasSuffix(a.Title, " "+tc.want) {
					got := applyEdits(t, tc.text, uri, a)
					if strings.Count(got, tc.want) == strings.Count(tc.text, tc.want) {
						t.Errorf("edit did not write %s:\n%s", tc.want, got)
					}
					return
				}
			}
			t.Errorf("no action writing %s", tc.want)
		})
	}
}

func TestDiagnosticsHonourRepositorySettings(t *testing.T) {
	dir := t.TempDir()
	if err := writeFile(dir+"/.httpstatus.toml", "ignore = [\"gen\"]\n\n[rules]\nunassigned-code = \"error\"\nnonstandard-code = \"off\"\n"); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir+"/gen", 0o755); err != nil {
		t.Fatal(err)
	}
	src := "package main\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(299)\n\tw.WriteHeader(499)\n}\n"
	c := startServer(t)
	uri := "file://" + dir + "/main.go"
	c.Open(uri, "go", src)
	ds, _, _ := waitDiagnostics(t, c, 0, uri, nil)
	if len(ds) != 1 || ds[0].Code != "unassigned-code" || ds[0].Severity != 1 {
		t.Errorf("with rules from the repository file: %+v", ds)
	}
	ignored := "file://" + dir + "/gen/main.go"
	c.Open(ignored, "go", src)
	if ds, _, _ := waitDiagnostics(t, c, 0, ignored, nil); len(ds) != 0 {
		t.Errorf("ignored path has diagnostics: %+v", ds)
	}
}
