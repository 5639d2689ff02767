package lsp

import (
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"httpstatus-lsp/lsp/scan"
	"httpstatus-lsp/lsp/settings"
)

const goHints = `package main

import "net/http"

func h(w http.ResponseWriter, r *http.Request) {
	time.Sleep(404 * time.Millisecond)
	if r.URL.Path == "/old" {
		http.Error(w, "gone", 410)
		return
	}
	w.WriteHeader(http.StatusNotFound)
	w.WriteHeader(404)
	w.WriteHeader(460)
	w.WriteHeader(299)
}
`

type hintAt struct {
	line, char int
	label      string
}

func hintsOf(hs []protocol.InlayHint) []hintAt {
	var out []hintAt
	for _, h := range hs {
		label, _ := h.Label.(protocol.String)
		out = append(out, hintAt{int(h.Position.Line), int(h.Position.Character), string(label)})
	}
	return out
}

func TestInlayHints(t *testing.T) {
	s := featureServer(t)
	d := newDocument("untitled:h.go", "go", 1, []byte(goHints))
	s.docs.put(d)
	all := s.inlayHints(d, 0, len(d.text), settings.Defaults())
	got := hintsOf(all)
	// 460 is a vendor code the catalog knows; 299 is assigned by nobody.
	want := []hintAt{{7, 27, "Gone"}, {11, 18, "Not Found"}, {12, 18, "Client Closed Connection"}}
	if len(got) != len(want) {
		t.Fatalf("hints %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("hint %d = %v, want %v", i, got[i], want[i])
		}
	}
	for _, h := range all {
		if h.PaddingLeft == nil || !*h.PaddingLeft {
			t.Error("hints are padded on the left")
		}
		tip, ok := h.Tooltip.(*protocol.MarkupContent)
		if !ok || tip.Value == "" {
			t.Errorf("tooltip = %#v", h.Tooltip)
		}
	}

	// Only within the requested range: line 11 alone.
	start, _ := d.lines.Offset(d.text, 11, 0, UTF16)
	end, _ := d.lines.Offset(d.text, 12, 0, UTF16)
	if got := hintsOf(s.inlayHints(d, start, end, settings.Defaults())); len(got) != 1 || got[0].label != "Not Found" {
		t.Errorf("range hints = %v", got)
	}

	// Custom codes show their phrase (and take over a number the catalog knows).
	st := settings.Combine(settings.Settings{Codes: []settings.CustomCode{{Code: 460, Phrase: "Client Closed Early"}, {Code: 299, Phrase: "Partial Batch"}}}, settings.Settings{})
	if got := hintsOf(s.inlayHints(d, 0, len(d.text), st)); len(got) != 4 || got[2].label != "Client Closed Early" || got[3] != (hintAt{13, 18, "Partial Batch"}) {
		t.Errorf("with a custom code: %v", got)
	}

	// hints = false: none.
	off := false
	if got := s.inlayHints(d, 0, len(d.text), settings.Combine(settings.Settings{Hints: &off}, settings.Settings{})); len(got) != 0 || got == nil {
		t.Errorf("hints off: %v (must be an empty array)", got)
	}
}

func TestInlayHintsSkipRepeatedPhrase(t *testing.T) {
	s := featureServer(t)
	d := newDocument("untitled:a.http", "http", 1, []byte("GET /x HTTP/1.1\nHost: a\n\n###\n\nHTTP/1.1 404 Not Found\nContent-Type: text/plain\n"))
	s.docs.put(d)
	for _, h := range s.inlayHints(d, 0, len(d.text), settings.Defaults()) {
		t.Errorf("the status line already says the phrase, got hint %v", hintsOf([]protocol.InlayHint{h}))
	}
	if !phraseFollows([]byte(" not found\n"), "Not Found") || phraseFollows([]byte(")"), "Not Found") {
		t.Error("phraseFollows")
	}
}

func TestInlayHintsOtherLanguages(t *testing.T) {
	tests := []struct {
		lang  scan.Language
		src   string
		label string
	}{
		{scan.JavaScript, "app.get('/', (req, res) => {\n  res.status(404).send('x')\n})\n", "Not Found"},
		{scan.Python, "def f():\n    return jsonify(x), 201\n", "Created"},
	}
	for _, tt := range tests {
		s := featureServer(t)
		d := newDocument("untitled:x", string(tt.lang), 1, []byte(tt.src))
		got := hintsOf(s.inlayHints(d, 0, len(d.text), settings.Defaults()))
		if len(got) != 1 || !strings.Contains(got[0].label, tt.label) {
			t.Errorf("%s: hints %v, want %q", tt.lang, got, tt.label)
		}
	}
}
