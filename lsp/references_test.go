package lsp

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

const refsGo = `package main

import "net/http"

func h(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/x" {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	time.Sleep(404 * time.Millisecond)
	w.WriteHeader(404)
	w.WriteHeader(500)
}
`

const refsTest = `package main

func TestH(t *testing.T) {
	rr := httptest.NewRecorder()
	if rr.Code != 404 {
		t.Fatal(rr.Code)
	}
	if rr.Code >= 404 {
		t.Fatal("range")
	}
}
`

const refsJS = "app.get('/', (req, res) => {\n  res.status(404).send('x')\n  res.sendStatus(StatusCodes.NOT_FOUND)\n})\n"

func refsServer(t *testing.T) *Server {
	s := featureServer(t)
	s.docs.put(newDocument("file:///p/a.go", "go", 1, []byte(refsGo)))
	s.docs.put(newDocument("file:///p/a_test.go", "go", 1, []byte(refsTest)))
	s.docs.put(newDocument("file:///p/app.js", "javascript", 1, []byte(refsJS)))
	return s
}

// posOf is the position of the n-th (0-based) occurrence of needle in text,
// plus delta characters (ASCII texts).
func posOf(t *testing.T, text, needle string, n, delta int) protocol.Position {
	t.Helper()
	i := -1
	for k := 0; k <= n; k++ {
		j := strings.Index(text[i+1:], needle)
		if j < 0 {
			t.Fatalf("%q #%d not in text", needle, n)
		}
		i += 1 + j
	}
	i += delta
	line := strings.Count(text[:i], "\n")
	return protocol.Position{Line: uint32(line), Character: uint32(i - (strings.LastIndex(text[:i], "\n") + 1))}
}

func TestReferences(t *testing.T) {
	s := refsServer(t)
	params := &protocol.ReferenceParams{}
	params.TextDocument.URI = uri.URI("file:///p/a.go")
	params.Position = posOf(t, refsGo, "WriteHeader(404)", 0, len("WriteHeader(")+1)
	locs, err := s.References(t.Context(), params)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range locs {
		got = append(got, string(l.URI)+":"+strconv.Itoa(int(l.Range.Start.Line))+":"+strconv.Itoa(int(l.Range.Start.Character)))
	}
	want := []string{
		"file:///p/a.go:6:21",      // http.StatusNotFound (the constant's name)
		"file:///p/a.go:10:15",     // WriteHeader(404)
		"file:///p/a_test.go:4:15", // rr.Code != 404
		"file:///p/app.js:1:13",    // res.status(404)
		"file:///p/app.js:2:29",    // StatusCodes.NOT_FOUND
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("references\n got %v\nwant %v", got, want)
	}
	// The sleep's 404 is no status: nothing there.
	params.Position = posOf(t, refsGo, "Sleep(404", 0, len("Sleep(")+1)
	if locs, _ := s.References(t.Context(), params); locs != nil {
		t.Errorf("no references from a non-status number, got %v", locs)
	}
	// From a constant: the same set.
	params.Position = posOf(t, refsGo, "StatusNotFound", 0, 3)
	if locs, _ := s.References(t.Context(), params); len(locs) != len(want) {
		t.Errorf("from the constant: %d locations, want %d", len(locs), len(want))
	}
}

func TestDocumentHighlight(t *testing.T) {
	s := refsServer(t)
	params := &protocol.DocumentHighlightParams{}
	params.TextDocument.URI = uri.URI("file:///p/a_test.go")
	params.Position = posOf(t, refsTest, "!= 404", 0, 4)
	hs, err := s.DocumentHighlight(t.Context(), params)
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 1 || hs[0].Range.Start.Line != 4 || hs[0].Kind != protocol.DocumentHighlightKindRead {
		t.Errorf("highlights = %+v (only the current document, the range bound left out)", hs)
	}
	params.TextDocument.URI = uri.URI("file:///p/a.go")
	params.Position = posOf(t, refsGo, "WriteHeader(500)", 0, len("WriteHeader("))
	hs, _ = s.DocumentHighlight(t.Context(), params)
	if len(hs) != 1 || hs[0].Kind != protocol.DocumentHighlightKindWrite {
		t.Errorf("highlights = %+v", hs)
	}
	params.Position = protocol.Position{Line: 999, Character: 0}
	if hs, _ := s.DocumentHighlight(t.Context(), params); hs != nil {
		t.Errorf("out of range: %v", hs)
	}
}

func TestReferencesInWorkspace(t *testing.T) {
	root := t.TempDir()
	write := func(rel, text string) string {
		t.Helper()
		p := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	open := write("a.go", refsGo)
	write("svc/b_test.go", refsTest)
	write("web/app.js", refsJS)
	write("node_modules/lib/x.js", refsJS)
	write(".cache/c.go", refsGo)
	write("gen/d.go", refsGo)
	write(".httpstatus.toml", "ignore = [\"gen/**\"]\n")
	write("notes.txt", "404 404 404")

	s := featureServer(t)
	workspaceRoots.Store(s, []string{root})
	defer workspaceRoots.Delete(s)
	openURI := string(uri.File(open))
	text, _ := os.ReadFile(open)
	s.docs.put(newDocument(openURI, "go", 1, text))

	params := &protocol.ReferenceParams{}
	params.TextDocument.URI = uri.URI(openURI)
	params.Position = posOf(t, refsGo, "WriteHeader(404)", 0, len("WriteHeader(")+1)
	locs, err := s.References(t.Context(), params)
	if err != nil {
		t.Fatal(err)
	}
	perFile := map[string]int{}
	for _, l := range locs {
		rel, _ := filepath.Rel(root, uriPath(string(l.URI)))
		perFile[filepath.ToSlash(rel)]++
	}
	want := map[string]int{"a.go": 2, "svc/b_test.go": 1, "web/app.js": 2}
	if !reflect.DeepEqual(perFile, want) {
		t.Errorf("references per file = %v, want %v (dependencies, hidden and ignored directories skipped)", perFile, want)
	}
	if len(locs) == 0 || uriPath(string(locs[0].URI)) != open {
		t.Error("the open documents come first")
	}
}
