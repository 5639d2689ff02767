package lsp

import (
	"bytes"
	"context"
	"sort"
	"sync"

	"go.lsp.dev/protocol"

	"httpstatus-lsp/lsp/scan"
	"httpstatus-lsp/lsp/settings"
)

// Inlay hints put the phrase after a bare number in a status position
// (`404` → `Not Found`), so a reader need not remember the code. Constants
// already say what they are and get none; numbers that are only mentioned
// (prose, data) get none either; the `hints` setting turns them off.

func init() {
	features = append(features, feature{
		advertise: func(caps *protocol.ServerCapabilities) {
			caps.InlayHintProvider = protocol.Boolean(true)
		},
	})
}

// InlayHint answers textDocument/inlayHint for the requested range.
func (s *Server) InlayHint(ctx context.Context, params *protocol.InlayHintParams) ([]protocol.InlayHint, error) {
	d := s.docs.get(string(params.TextDocument.URI))
	if d == nil {
		return []protocol.InlayHint{}, nil
	}
	r := params.Range
	start, _ := d.lines.Offset(d.text, r.Start.Line, r.Start.Character, s.encoding)
	end, _ := d.lines.Offset(d.text, r.End.Line, r.End.Character, s.encoding)
	if end < start {
		start, end = end, start
	}
	return s.inlayHints(d, start, end, s.settingsFor(d.uri)), nil
}

// inlayHints are the hints whose position lies in [start, end].
func (s *Server) inlayHints(d *document, start, end int, st settings.Settings) []protocol.InlayHint {
	out := []protocol.InlayHint{}
	if !st.HintsEnabled() || !st.LanguageEnabled(string(d.lang)) || s.catalog == nil {
		return out
	}
	yes := true
	occ := d.occurrences()
	first := sort.Search(len(occ), func(i int) bool { return occ[i].Start >= start })
	for _, o := range occ[first:] {
		if o.End > end {
			break
		}
		if o.Kind != scan.Literal || o.Role == scan.RoleMention {
			continue
		}
		phrase, tip := s.phraseOf(o.Code, st)
		if phrase == "" || phraseFollows(d.text[o.End:], phrase) {
			continue
		}
		line, char := d.lines.Position(d.text, o.End, s.encoding)
		h := protocol.InlayHint{
			Position:    protocol.Position{Line: line, Character: char},
			Label:       protocol.String(phrase),
			PaddingLeft: &yes,
		}
		if tip != "" {
			h.Tooltip = &protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown, Value: tip}
		}
		out = append(out, h)
	}
	return out
}

// phraseOf is the phrase of a code (a custom code's first) and a one-line
// tooltip; "" for a number nobody assigns.
func (s *Server) phraseOf(code int, st settings.Settings) (phrase, tip string) {
	if c, ok := st.Custom(code); ok {
		tip = "custom code of this project"
		if c.Description != "" {
			tip = c.Description
		}
		return c.Phrase, tip
	}
	if v, ok := hintTips.Load(code); ok {
		t := v.([2]string)
		return t[0], t[1]
	}
	if e, ok := s.catalog.Lookup(code); ok {
		t := [2]string{e.Phrase, "**" + e.Title() + "** " + e.Summary}
		hintTips.Store(code, t)
		return t[0], t[1]
	}
	return "", ""
}

// hintTips caches the phrase and tooltip of catalog codes (the catalog is
// the embedded one, fixed for the process).
var hintTips sync.Map // int -> [2]string

// phraseFollows reports whether the text already says the phrase right after
// the number (`HTTP/1.1 404 Not Found`), where a hint would only repeat it.
func phraseFollows(rest []byte, phrase string) bool {
	rest = bytes.TrimLeft(rest, " \t")
	if len(rest) > len(phrase) {
		rest = rest[:len(phrase)]
	}
	return len(rest) == len(phrase) && bytes.EqualFold(rest, []byte(phrase))
}
