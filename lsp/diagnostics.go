package lsp

import (
	"context"
	"encoding/json"
	"runtime"
	"sync"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
	"go.uber.org/zap"

	"httpstatus-lsp/lsp/rules"
	"httpstatus-lsp/lsp/settings"
)

// quietDelay is how long a document must stay unchanged, once changes come
// faster than diagnostics can be computed, before the next computation: a
// burst of edits costs one more run, not one per edit.
const quietDelay = 10 * time.Millisecond

// maxDiagnosedSize bounds the documents that get diagnostics; larger ones are
// published clean.
const maxDiagnosedSize = 5 << 20

// diagnoser computes and publishes the diagnostics of one server. A change to
// an idle document is diagnosed at once (a one-character edit is republished
// within milliseconds); changes that arrive while a run is under way only mark
// the document, and one more run follows once they stop. Each document has a
// generation, bumped by every change and by close; a run publishes only if
// its generation is still current, under pubMu, so a stale run can never
// overwrite newer diagnostics or the clearing on close.
type diagnoser struct {
	mu    sync.Mutex
	docs  map[string]*diagState
	pubMu sync.Mutex
	sem   chan struct{} // bounds the runs computing at once
}

type diagState struct {
	gen        uint64
	running    bool
	lastChange time.Time
}

// diagnosers holds each server's diagnoser (the Server struct stays the
// core's; features keep their state beside it).
var diagnosers sync.Map // *Server -> *diagnoser

func (s *Server) diagnoser() *diagnoser {
	if v, ok := diagnosers.Load(s); ok {
		return v.(*diagnoser)
	}
	v, _ := diagnosers.LoadOrStore(s, &diagnoser{
		docs: map[string]*diagState{},
		sem:  make(chan struct{}, runtime.GOMAXPROCS(0)),
	})
	return v.(*diagnoser)
}

// scheduleDiagnostics notes a change; it starts a run unless one is under way.
func (s *Server) scheduleDiagnostics(uri string) {
	dg := s.diagnoser()
	dg.mu.Lock()
	st := dg.docs[uri]
	if st == nil {
		st = &diagState{}
		dg.docs[uri] = st
	}
	st.gen++
	st.lastChange = time.Now()
	start := !st.running
	st.running = true
	dg.mu.Unlock()
	if start {
		go s.diagnosticsLoop(uri)
	}
}

// clearDiagnostics forgets a closed document and publishes [].
func (s *Server) clearDiagnostics(docURI string) {
	dg := s.diagnoser()
	dg.mu.Lock()
	if st := dg.docs[docURI]; st != nil {
		st.gen++ // a run under way sees it is stale and stops
	}
	delete(dg.docs, docURI)
	dg.mu.Unlock()
	dg.pubMu.Lock()
	defer dg.pubMu.Unlock()
	s.publish(&protocol.PublishDiagnosticsParams{URI: uri.URI(docURI), Diagnostics: []protocol.Diagnostic{}})
}

// refreshDiagnostics recomputes every open document (after a settings change).
func (s *Server) refreshDiagnostics() {
	for _, d := range s.docs.all() {
		s.scheduleDiagnostics(d.uri)
	}
}

// diagnosticsLoop runs until the published diagnostics match the latest
// version of the document (or the document is closed).
func (s *Server) diagnosticsLoop(docURI string) {
	dg := s.diagnoser()
	for {
		dg.mu.Lock()
		st := dg.docs[docURI]
		if st == nil { // closed
			dg.mu.Unlock()
			return
		}
		g := st.gen
		dg.mu.Unlock()

		if s.runDiagnostics(docURI, g) {
			dg.mu.Lock()
			if st.gen == g {
				st.running = false
				dg.mu.Unlock()
				return
			}
			dg.mu.Unlock()
		}
		// The document changed during the run: wait until it is quiet.
		for {
			time.Sleep(quietDelay)
			dg.mu.Lock()
			quiet := time.Since(st.lastChange) >= quietDelay
			closed := dg.docs[docURI] != st
			dg.mu.Unlock()
			if closed {
				return
			}
			if quiet {
				break
			}
		}
	}
}

// runDiagnostics computes and publishes the diagnostics of generation g; it
// reports false when the document changed meanwhile (nothing was published).
func (s *Server) runDiagnostics(docURI string, g uint64) (published bool) {
	defer func() {
		if r := recover(); r != nil {
			s.log.Error("diagnostics panicked", zap.String("uri", docURI), zap.Any("panic", r))
			published = true // do not retry a document that makes the rules panic
		}
	}()
	dg := s.diagnoser()
	current := func() bool {
		dg.mu.Lock()
		defer dg.mu.Unlock()
		st := dg.docs[docURI]
		return st != nil && st.gen == g
	}
	if s.state.Load() != stateInitialized {
		return true
	}
	dg.sem <- struct{}{}
	if !current() { // superseded while waiting for a slot
		<-dg.sem
		return false
	}
	d := s.docs.get(docURI)
	if d == nil {
		<-dg.sem
		return true
	}
	diags := s.diagnose(d)
	<-dg.sem
	dg.pubMu.Lock()
	defer dg.pubMu.Unlock()
	if !current() {
		return false
	}
	s.publish(&protocol.PublishDiagnosticsParams{
		URI:         uri.URI(docURI),
		Version:     protocol.NewOptional(d.version),
		Diagnostics: diags,
	})
	return true
}

func (s *Server) publish(p *protocol.PublishDiagnosticsParams) {
	if s.client == nil {
		return
	}
	if p.Diagnostics == nil {
		p.Diagnostics = []protocol.Diagnostic{}
	}
	if err := s.client.PublishDiagnostics(context.Background(), p); err != nil {
		s.log.Debug("publishDiagnostics failed", zap.String("uri", string(p.URI)), zap.Error(err))
	}
}

// documentSettings is the effective settings for a document (config.go:
// defaults < editor settings < the repository's .httpstatus.toml).
func (s *Server) documentSettings(d *document) settings.Settings {
	return s.settingsFor(d.uri)
}

// findings runs the rules over a document under its settings; nil when the
// document is too large, ignored or of a disabled language.
func (s *Server) findings(d *document) []rules.Finding {
	if len(d.text) > maxDiagnosedSize {
		return nil
	}
	st := s.documentSettings(d)
	if path := uriPath(d.uri); path != "" && st.Ignored(path) {
		return nil
	}
	if !st.LanguageEnabled(string(d.lang)) {
		return nil
	}
	return rules.Check(rules.Input{Src: d.text, Lang: d.lang, Occ: d.occurrences(), Settings: &st, Catalog: s.catalog})
}

// diagnose converts the findings of a document into protocol diagnostics;
// never nil.
func (s *Server) diagnose(d *document) []protocol.Diagnostic {
	fs := s.findings(d)
	out := make([]protocol.Diagnostic, 0, len(fs))
	for _, f := range fs {
		out = append(out, s.toDiagnostic(d, f))
	}
	return out
}

// diagnosticData is the `data` of a diagnostic: what its quick fixes need.
type diagnosticData struct {
	Code  int           `json:"code"`
	Fixes []fixDataItem `json:"fixes,omitempty"`
}

type fixDataItem struct {
	Title string              `json:"title"`
	Safe  bool                `json:"safe,omitempty"`
	Edits []protocol.TextEdit `json:"edits"`
}

func (s *Server) toDiagnostic(d *document, f rules.Finding) protocol.Diagnostic {
	diag := protocol.Diagnostic{
		Range:    s.rangeOf(d, f.Start, f.End),
		Severity: protocol.DiagnosticSeverity(f.Severity),
		Code:     protocol.String(f.Rule),
		Source:   protocol.NewOptional("httpstatus"),
		Message:  protocol.String(f.Message),
	}
	if f.Href != "" {
		diag.CodeDescription = protocol.CodeDescription{Href: uri.URI(f.Href)}
	}
	if f.Rule == rules.DeprecatedCode {
		diag.Tags = protocol.NewDiagnosticTags(protocol.DiagnosticTagDeprecated)
	}
	data := diagnosticData{Code: f.Code}
	for _, fx := range f.Fixes {
		data.Fixes = append(data.Fixes, fixDataItem{Title: fx.Title, Safe: fx.Safe, Edits: s.textEdits(d, fx.Edits)})
	}
	if raw, err := json.Marshal(data); err == nil {
		diag.Data = raw
	}
	return diag
}

// textEdits converts byte-offset edits into protocol edits of the document.
func (s *Server) textEdits(d *document, es []rules.Edit) []protocol.TextEdit {
	out := make([]protocol.TextEdit, 0, len(es))
	for _, e := range es {
		out = append(out, protocol.TextEdit{Range: s.rangeOf(d, e.Start, e.End), NewText: e.Text})
	}
	return out
}
