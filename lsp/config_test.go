package lsp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"httpstatus-lsp/lsp/settings"
)

func TestSettingsForMergesEditorAndFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, settings.FileName), []byte("style = \"constant\"\n[rules]\nnonstandard-code = \"off\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := featureServer(t)
	s.initConfig(&protocol.InitializeParams{InitializationOptions: []byte(`{"httpstatus": {"hints": false, "style": "number", "rules": {"nonstandard-code": "error", "deprecated-code": "hint"}}}`)})
	st := s.settingsFor(string(uri.File(filepath.Join(dir, "a", "main.go"))))
	if st.Style != settings.StyleConstant || st.Rules[settings.RuleNonstandardCode] != settings.Off {
		t.Errorf("the repository file wins for style and rules: %+v", st)
	}
	if st.Rules[settings.RuleDeprecatedCode] != settings.Hint || st.HintsEnabled() {
		t.Errorf("editor settings apply where the file is silent: %+v", st)
	}
	// A document that is not a file: editor settings over the defaults.
	st = s.settingsFor("untitled:Untitled-1")
	if st.Style != settings.StyleNumber || st.Rules[settings.RuleNonstandardCode] != settings.Error {
		t.Errorf("untitled: %+v", st)
	}
	// didChangeConfiguration replaces the pushed layer, keeping initializationOptions below it.
	if err := s.DidChangeConfiguration(t.Context(), &protocol.DidChangeConfigurationParams{Settings: []byte(`{"httpstatus": {"style": "any"}}`)}); err != nil {
		t.Fatal(err)
	}
	st = s.settingsFor("untitled:Untitled-1")
	if st.Style != settings.StyleAny || st.HintsEnabled() {
		t.Errorf("after didChangeConfiguration: %+v", st)
	}
}

func TestInvalidEditorSettingsKeepDefaults(t *testing.T) {
	s := featureServer(t)
	s.initConfig(&protocol.InitializeParams{InitializationOptions: []byte(`{"style": "loud", "hints": false}`)})
	st := s.settingsFor("untitled:x")
	if st.Style != settings.StyleAny || st.HintsEnabled() {
		t.Errorf("the bad style is dropped, the good hints kept: %+v", st)
	}
	c := s.config()
	c.mu.Lock()
	n := len(c.reported)
	c.mu.Unlock()
	if n != 1 {
		t.Errorf("%d problems recorded, want 1", n)
	}
}

func TestHoverShowsCustomCode(t *testing.T) {
	s := featureServer(t)
	s.setChanged(settings.Settings{Codes: []settings.CustomCode{{Code: 299, Phrase: "Partial Batch", Description: "Some items of the batch failed."}, {Code: 404, Phrase: "No Such Order"}}})
	src := "package main\n\nfunc h(w W) {\n\tw.WriteHeader(299)\n\tw.WriteHeader(404)\n}\n"
	s.docs.put(newDocument("untitled:h.go", "go", 1, []byte(src)))
	hover := func(line uint32) string {
		t.Helper()
		p := &protocol.HoverParams{}
		p.TextDocument.URI = uri.URI("untitled:h.go")
		p.Position = protocol.Position{Line: line, Character: 16}
		h, err := s.Hover(t.Context(), p)
		if err != nil || h == nil {
			t.Fatalf("hover: %v %v", h, err)
		}
		return h.Contents.(*protocol.MarkupContent).Value
	}
	if got := hover(3); !strings.Contains(got, "299 Partial Batch") || !strings.Contains(got, "Some items of the batch failed.") {
		t.Errorf("custom code hover = %q", got)
	}
	if got := hover(4); !strings.Contains(got, "404 No Such Order") || !strings.Contains(got, "Not Found") {
		t.Errorf("a custom meaning of a registered code shows both: %q", got)
	}
}
