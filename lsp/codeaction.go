package lsp

import (
	"context"
	"strings"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"httpstatus-lsp/lsp/rules"
	"httpstatus-lsp/lsp/scan"
)

// codeActionKindFixAll is our own fix-all kind, below source.fixAll so that
// editors running "source.fixAll" on save pick it up.
const codeActionKindFixAll protocol.CodeActionKind = "source.fixAll.httpstatus"

func init() {
	features = append(features, feature{advertise: func(caps *protocol.ServerCapabilities) {
		caps.CodeActionProvider = &protocol.CodeActionOptions{
			CodeActionKinds: []protocol.CodeActionKind{protocol.CodeActionKindQuickFix, codeActionKindFixAll},
		}
	}})
}

// wants reports whether the client asked for actions of kind k (all kinds
// when `only` is empty). A requested kind matches itself and its sub-kinds.
func wants(only []protocol.CodeActionKind, k protocol.CodeActionKind) bool {
	if len(only) == 0 {
		return true
	}
	for _, o := range only {
		if o == k || strings.HasPrefix(string(k), string(o)+".") {
			return true
		}
	}
	return false
}

// CodeAction offers, for the requested range: the fixes of the findings
// there (typo corrections, literal ↔ constant under a style setting), the
// literal → constant and constant → literal rewrites of any status there, and
// source.fixAll.httpstatus with every safe fix of the document.
func (s *Server) CodeAction(ctx context.Context, params *protocol.CodeActionParams) ([]protocol.CommandOrCodeAction, error) {
	out := []protocol.CommandOrCodeAction{}
	d := s.docs.get(string(params.TextDocument.URI))
	if d == nil {
		return out, nil
	}
	only := params.Context.Only
	findings := s.findings(d)
	st := s.documentSettings(d)
	in := rules.Input{Src: d.text, Lang: d.lang, Occ: d.occurrences(), Settings: &st, Catalog: s.catalog}

	if wants(only, protocol.CodeActionKindQuickFix) {
		rs, _ := d.lines.Offset(d.text, params.Range.Start.Line, params.Range.Start.Character, s.encoding)
		re, _ := d.lines.Offset(d.text, params.Range.End.Line, params.Range.End.Character, s.encoding)
		if re < rs {
			rs, re = re, rs
		}
		touches := func(start, end int) bool { return start <= re && rs <= end }
		seen := map[string]bool{}
		add := func(title string, edits []rules.Edit, diag *protocol.Diagnostic, preferred bool) {
			if seen[title] || len(edits) == 0 {
				return
			}
			seen[title] = true
			kind := protocol.CodeActionKindQuickFix
			a := &protocol.CodeAction{Title: title, Kind: &kind, Edit: s.workspaceEdit(d, edits)}
			if diag != nil {
				a.Diagnostics = []protocol.Diagnostic{*diag}
			}
			if preferred {
				a.IsPreferred = &preferred
			}
			out = append(out, a)
		}
		for _, f := range findings {
			if !touches(f.Start, f.End) {
				continue
			}
			diag := s.clientDiagnostic(d, params.Context.Diagnostics, f)
			for i, fx := range f.Fixes {
				add(fx.Title, fx.Edits, &diag, i == 0)
			}
		}
		// Rewrites of any status in the range, reported or not.
		for _, fx := range rules.Rewrites(in) {
			if touches(fx.Start, fx.End) {
				add(fx.Fix.Title, fx.Fix.Edits, nil, false)
			}
		}
	}

	if wants(only, codeActionKindFixAll) && (len(only) > 0 || d.lang != scan.Unknown) {
		edits, titles := rules.FixAll(in, findings)
		if len(edits) > 0 {
			kind := codeActionKindFixAll
			title := "Fix all HTTP status issues"
			if len(titles) == 1 {
				title = titles[0]
			}
			out = append(out, &protocol.CodeAction{Title: title, Kind: &kind, Edit: s.workspaceEdit(d, edits)})
		}
	}
	return out, nil
}

// clientDiagnostic returns the client's copy of the finding's diagnostic
// when it sent one (so the editor can tie the fix to it), else ours.
func (s *Server) clientDiagnostic(d *document, sent []protocol.Diagnostic, f rules.Finding) protocol.Diagnostic {
	ours := s.toDiagnostic(d, f)
	for _, c := range sent {
		if c.Range == ours.Range {
			if code, ok := c.Code.(protocol.String); ok && string(code) == f.Rule {
				return c
			}
		}
	}
	return ours
}

func (s *Server) workspaceEdit(d *document, es []rules.Edit) *protocol.WorkspaceEdit {
	return &protocol.WorkspaceEdit{Changes: map[uri.URI][]protocol.TextEdit{uri.URI(d.uri): s.textEdits(d, es)}}
}
