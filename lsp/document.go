package lsp

import (
	"sync"

	"httpstatus-lsp/lsp/scan"
)

// document is one open text document. Its text changes only through apply;
// the occurrences are computed on demand and cached per version.
type document struct {
	uri     string
	lang    scan.Language
	version int32
	text    []byte
	lines   lineIndex

	occOnce sync.Once
	occ     []scan.Occurrence
}

func newDocument(uri, languageID string, version int32, text []byte) *document {
	lang := scan.LanguageForID(languageID)
	if lang == scan.Unknown {
		lang = scan.LanguageForPath(uri)
	}
	return &document{uri: uri, lang: lang, version: version, text: text, lines: newLineIndex(text)}
}

// occurrences returns the status codes found in the document.
func (d *document) occurrences() []scan.Occurrence {
	d.occOnce.Do(func() { d.occ = scan.Scan(d.text, d.lang) })
	return d.occ
}

// edit is one content change; whole replaces the text, otherwise the range
// (in the client's encoding) is replaced. Each edit's range refers to the text
// left by the edits before it.
type edit struct {
	startLine, startChar, endLine, endChar uint32
	text                                   string
	whole                                  bool
}

// withEdits returns the document after the edits, applied in order. The
// receiver is not modified: readers holding it keep a consistent snapshot.
// Ranges outside the text are clamped to it.
func (d *document) withEdits(version int32, edits []edit, enc Encoding) *document {
	text := d.text
	lines := d.lines
	for _, e := range edits {
		if e.whole {
			text = []byte(e.text)
		} else {
			start, _ := lines.Offset(text, e.startLine, e.startChar, enc)
			end, _ := lines.Offset(text, e.endLine, e.endChar, enc)
			if end < start {
				start, end = end, start
			}
			next := make([]byte, 0, len(text)-(end-start)+len(e.text))
			next = append(next, text[:start]...)
			next = append(next, e.text...)
			next = append(next, text[end:]...)
			text = next
		}
		lines = newLineIndex(text)
	}
	return &document{uri: d.uri, lang: d.lang, version: version, text: text, lines: lines}
}

// documents is the set of open documents, safe for concurrent use.
type documents struct {
	mu   sync.RWMutex
	byID map[string]*document
}

func (ds *documents) get(uri string) *document {
	ds.mu.RLock()
	defer ds.mu.RUnlock()
	return ds.byID[uri]
}

func (ds *documents) put(d *document) {
	ds.mu.Lock()
	defer ds.mu.Unlock()
	if ds.byID == nil {
		ds.byID = map[string]*document{}
	}
	ds.byID[d.uri] = d
}

func (ds *documents) remove(uri string) {
	ds.mu.Lock()
	defer ds.mu.Unlock()
	delete(ds.byID, uri)
}

// all returns a snapshot of the open documents.
func (ds *documents) all() []*document {
	ds.mu.RLock()
	defer ds.mu.RUnlock()
	out := make([]*document, 0, len(ds.byID))
	for _, d := range ds.byID {
		out = append(out, d)
	}
	return out
}
