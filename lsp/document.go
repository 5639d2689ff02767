package lsp

import (
	"container/list"
	"strings"
	"sync"
	"unsafe"

	"go.lsp.dev/protocol"

	"httpstatus-lsp/lsp/scan"
)

// document is one open text document: an immutable snapshot. Its text changes
// only through withEdits, which makes a new snapshot. The bytes of text are
// never written to (they may alias a decoded protocol string).
type document struct {
	uri     string
	lang    scan.Language
	version int32
	text    []byte
	lines   lineIndex

	// The occurrences are computed on demand and kept for the most recently
	// used snapshots only (see occCache): a thousand open documents must not
	// each hold their scan results.
	occMu   sync.Mutex
	occ     []scan.Occurrence
	occDone bool
	occElem *list.Element // this snapshot's place in occCache, nil when not cached
}

// newDocument makes a snapshot. uri and languageID are copied: decoded
// protocol strings may alias the whole message they came in (for didOpen, a
// copy of the entire text).
func newDocument(uri, languageID string, version int32, text []byte) *document {
	lang := scan.LanguageForID(languageID)
	if lang == scan.Unknown {
		lang = scan.LanguageForPath(uri)
	}
	return &document{uri: strings.Clone(uri), lang: lang, version: version, text: text, lines: newLineIndex(text)}
}

// occurrences returns the status codes found in the document.
func (d *document) occurrences() []scan.Occurrence {
	d.occMu.Lock()
	if d.occDone {
		occ := d.occ
		d.occMu.Unlock()
		occCache.touch(d)
		return occ
	}
	// Scanning under the lock: concurrent callers on one snapshot wait for
	// one scan instead of each running their own.
	occ := scan.Scan(d.text, d.lang)
	d.occ, d.occDone = occ, true
	d.occMu.Unlock()
	occCache.add(d)
	return occ
}

// dropOccurrences forgets the cached scan (the next call scans again).
func (d *document) dropOccurrences() {
	d.occMu.Lock()
	d.occ, d.occDone = nil, false
	d.occMu.Unlock()
}

// occCacheSize is how many snapshots keep their occurrences. Hover and
// completion in the documents being edited stay a lookup; a document not
// touched for a while is rescanned (about a millisecond for 100 KB) when it
// is next asked about.
const occCacheSize = 32

// occCache is the least-recently-used list of snapshots holding occurrences.
var occCache = &lru{list: list.New()}

type lru struct {
	mu   sync.Mutex
	list *list.List // of *document, most recent first
}

func (c *lru) add(d *document) {
	var evicted []*document
	c.mu.Lock()
	if d.occElem != nil {
		c.list.MoveToFront(d.occElem)
	} else {
		d.occElem = c.list.PushFront(d)
	}
	for c.list.Len() > occCacheSize {
		e := c.list.Back()
		old := c.list.Remove(e).(*document)
		old.occElem = nil
		evicted = append(evicted, old)
	}
	c.mu.Unlock()
	for _, old := range evicted {
		old.dropOccurrences()
	}
}

func (c *lru) touch(d *document) {
	c.mu.Lock()
	if d.occElem != nil {
		c.list.MoveToFront(d.occElem)
	}
	c.mu.Unlock()
}

// forget removes a snapshot that is no longer current (replaced or closed).
func (c *lru) forget(d *document) {
	c.mu.Lock()
	if d.occElem != nil {
		c.list.Remove(d.occElem)
		d.occElem = nil
	}
	c.mu.Unlock()
	d.dropOccurrences()
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
			text = asBytes(e.text)
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

// asBytes views a string's bytes without copying them; the result must never
// be written to. Document text arrives as a decoded protocol string that
// nothing else keeps, so taking its bytes saves a copy of every document.
func asBytes(s string) []byte {
	if s == "" {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(s), len(s))
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
	old := ds.byID[d.uri]
	ds.byID[d.uri] = d
	if old != nil && old != d {
		// Readers still holding the old snapshot rescan if they need to.
		occCache.forget(old)
	}
}

func (ds *documents) remove(uri string) {
	ds.mu.Lock()
	defer ds.mu.Unlock()
	if old := ds.byID[uri]; old != nil {
		occCache.forget(old)
	}
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

// docOffset finds an open document and the byte offset of a position in it;
// ok is false for an unknown document or a position outside its text.
func (s *Server) docOffset(uri string, pos protocol.Position) (*document, int, bool) {
	d := s.docs.get(uri)
	if d == nil {
		return nil, 0, false
	}
	off, ok := d.lines.Offset(d.text, pos.Line, pos.Character, s.encoding)
	return d, off, ok
}

// occurrenceAt is the status occurrence under a position, if any.
func (s *Server) occurrenceAt(uri string, pos protocol.Position) (*document, scan.Occurrence, bool) {
	d, off, ok := s.docOffset(uri, pos)
	if !ok {
		return nil, scan.Occurrence{}, false
	}
	o, found := scan.At(d.occurrences(), off)
	return d, o, found
}
