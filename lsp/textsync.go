package lsp

import (
	"context"

	"go.lsp.dev/protocol"
	"go.uber.org/zap"
)

// DidOpen stores the document. Any bytes are accepted: the recognizers never
// fail on invalid UTF-8 or NULs.
func (s *Server) DidOpen(ctx context.Context, params *protocol.DidOpenTextDocumentParams) error {
	item := params.TextDocument
	// The text is kept as decoded, without another copy (see asBytes).
	d := newDocument(string(item.URI), string(item.LanguageID), item.Version, asBytes(item.Text))
	s.docs.put(d)
	s.documentChanged(d)
	return nil
}

// DidChange applies incremental or full changes in order.
func (s *Server) DidChange(ctx context.Context, params *protocol.DidChangeTextDocumentParams) error {
	uri := string(params.TextDocument.URI)
	d := s.docs.get(uri)
	if d == nil {
		s.log.Warn("didChange for a document that is not open", zap.String("uri", uri))
		return nil
	}
	edits := make([]edit, 0, len(params.ContentChanges))
	for _, c := range params.ContentChanges {
		switch c := c.(type) {
		case *protocol.TextDocumentContentChangePartial:
			edits = append(edits, edit{
				startLine: c.Range.Start.Line, startChar: c.Range.Start.Character,
				endLine: c.Range.End.Line, endChar: c.Range.End.Character,
				text: c.Text,
			})
		case *protocol.TextDocumentContentChangeWholeDocument:
			edits = append(edits, edit{text: c.Text, whole: true})
		}
	}
	d = d.withEdits(params.TextDocument.Version, edits, s.encoding)
	s.docs.put(d)
	s.documentChanged(d)
	return nil
}

func (s *Server) DidClose(ctx context.Context, params *protocol.DidCloseTextDocumentParams) error {
	uri := string(params.TextDocument.URI)
	s.docs.remove(uri)
	s.documentClosed(uri)
	return nil
}

func (s *Server) DidSave(ctx context.Context, params *protocol.DidSaveTextDocumentParams) error {
	return nil
}

// documentChanged and documentClosed are the hooks where features that follow
// the text (diagnostics) start their work.
func (s *Server) documentChanged(d *document) { s.scheduleDiagnostics(d.uri) }

func (s *Server) documentClosed(uri string) { s.clearDiagnostics(uri) }
