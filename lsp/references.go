package lsp

import (
	"context"
	"sort"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"httpstatus-lsp/lsp/scan"
)

// References and document highlights treat a status code as a symbol: every
// place that writes the same code, as a number or as any ecosystem's
// constant, refers to it. Range bounds (`>= 500`) are not the code itself
// and are left out unless the request starts on one.

func init() {
	features = append(features, feature{
		advertise: func(caps *protocol.ServerCapabilities) {
			caps.ReferencesProvider = protocol.Boolean(true)
			caps.DocumentHighlightProvider = protocol.Boolean(true)
		},
	})
}

// occurrenceAt is the status occurrence under a position, if any.
func (s *Server) occurrenceAt(docURI string, pos protocol.Position) (*document, scan.Occurrence, bool) {
	d := s.docs.get(docURI)
	if d == nil {
		return nil, scan.Occurrence{}, false
	}
	off, ok := d.lines.Offset(d.text, pos.Line, pos.Character, s.encoding)
	if !ok {
		return nil, scan.Occurrence{}, false
	}
	o, found := scan.At(d.occurrences(), off)
	return d, o, found
}

// sameCode lists the occurrences of d that refer to the code of from.
func sameCode(d *document, from scan.Occurrence) []scan.Occurrence {
	var out []scan.Occurrence
	for _, o := range d.occurrences() {
		if o.Code != from.Code {
			continue
		}
		if o.Role == scan.RoleRange && !(o.Start == from.Start && o.End == from.End) {
			continue
		}
		out = append(out, o)
	}
	return out
}

// References lists the occurrences of the same code in every open document,
// ordered by document and position.
func (s *Server) References(ctx context.Context, params *protocol.ReferenceParams) ([]protocol.Location, error) {
	_, from, ok := s.occurrenceAt(string(params.TextDocument.URI), params.Position)
	if !ok {
		return nil, nil
	}
	docs := s.docs.all()
	sort.Slice(docs, func(i, j int) bool { return docs[i].uri < docs[j].uri })
	out := []protocol.Location{}
	for _, d := range docs {
		for _, o := range sameCode(d, from) {
			out = append(out, protocol.Location{URI: uri.URI(d.uri), Range: s.rangeOf(d, o.Start, o.End)})
		}
	}
	return out, nil
}

// DocumentHighlight marks the occurrences of the same code in the document:
// Write where the code is set (a response status, an error or redirect
// code), Read where it is compared or bounds a range, Text where it is only
// mentioned.
func (s *Server) DocumentHighlight(ctx context.Context, params *protocol.DocumentHighlightParams) ([]protocol.DocumentHighlight, error) {
	d, from, ok := s.occurrenceAt(string(params.TextDocument.URI), params.Position)
	if !ok {
		return nil, nil
	}
	out := []protocol.DocumentHighlight{}
	for _, o := range sameCode(d, from) {
		out = append(out, protocol.DocumentHighlight{Range: s.rangeOf(d, o.Start, o.End), Kind: highlightKind(o.Role)})
	}
	return out, nil
}

func highlightKind(r scan.Role) protocol.DocumentHighlightKind {
	switch r {
	case scan.RoleStatus, scan.RoleError, scan.RoleRedirect:
		return protocol.DocumentHighlightKindWrite
	case scan.RoleCompare, scan.RoleRange:
		return protocol.DocumentHighlightKindRead
	}
	return protocol.DocumentHighlightKindText
}
