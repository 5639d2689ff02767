package lsp

import (
	"context"

	"go.lsp.dev/protocol"

	"httpstatus-lsp/knowledge"
	"httpstatus-lsp/lsp/scan"
)

// Hover explains the status code under the cursor, or answers null.
func (s *Server) Hover(ctx context.Context, params *protocol.HoverParams) (*protocol.Hover, error) {
	d, occ, found := s.occurrenceAt(string(params.TextDocument.URI), params.Position)
	if !found {
		return nil, nil
	}
	text := s.describe(occ)
	if c, ok := s.settingsFor(d.uri).Custom(occ.Code); ok {
		text = s.customMarkdown(c)
	}
	if text == "" {
		return nil, nil
	}
	r := s.rangeOf(d, occ.Start, occ.End)
	return &protocol.Hover{
		Contents: &protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown, Value: text},
		Range:    &r,
	}, nil
}

// describe is the markdown for an occurrence: the catalog entry, or what the
// class says about a number no registry assigns.
func (s *Server) describe(occ scan.Occurrence) string {
	if st, ok := s.catalog.Lookup(occ.Code); ok {
		return st.Markdown()
	}
	return knowledge.Unknown(occ.Code)
}

func (s *Server) rangeOf(d *document, start, end int) protocol.Range {
	sl, sc := d.lines.Position(d.text, start, s.encoding)
	el, ec := d.lines.Position(d.text, end, s.encoding)
	return protocol.Range{
		Start: protocol.Position{Line: sl, Character: sc},
		End:   protocol.Position{Line: el, Character: ec},
	}
}
