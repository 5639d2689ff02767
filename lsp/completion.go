package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"go/scanner"
	gotoken "go/token"
	"sort"
	"strconv"
	"strings"
	"sync"

	"go.lsp.dev/protocol"

	"httpstatus-lsp/knowledge"
	"httpstatus-lsp/lsp/scan"
	"httpstatus-lsp/lsp/settings"
)

// Completion offers status codes where they are being written:
//   - constants after an ecosystem's qualifier: Go `http.Status…` (the file's
//     own name for net/http; the import is added when missing), Python
//     `HTTPStatus.`, `status.HTTP_`, JS/TS `StatusCodes.`, `HttpStatus.`,
//     Rust `StatusCode::`, PHP `Response::HTTP_`, Java `HttpServletResponse.SC_`,
//     C# `StatusCodes.` / `HttpStatusCode.`, ...;
//   - numbers: digits typed (or nothing yet) in a status position, such as
//     `w.WriteHeader(4|` or `res.status(5|`, give the matching codes with
//     their phrases, the most used codes first.
//
// Whether a place is a status position is the recognizer's decision: the
// typed text is completed to a placeholder code in a copy of the lines
// around the cursor, and scan.Scan says whether an occurrence appears there.
// Only that window is scanned, so the cost does not grow with the file.

func init() {
	features = append(features, feature{
		advertise: func(caps *protocol.ServerCapabilities) {
			resolve := true
			caps.CompletionProvider = &protocol.CompletionOptions{
				TriggerCharacters: []string{".", ":", "(", "_"},
				ResolveProvider:   &resolve,
			}
		},
		initialize: func(s *Server, params *protocol.InitializeParams) {
			st := s.completion()
			st.lazyDocs = false
			if td := params.Capabilities.TextDocument; td != nil && td.Completion != nil && td.Completion.CompletionItem != nil {
				for _, p := range td.Completion.CompletionItem.ResolveSupport.Properties {
					if p == "documentation" {
						st.lazyDocs = true
					}
				}
			}
		},
	})
}

// completionState is one server's completion state.
type completionState struct {
	lazyDocs bool     // the client resolves documentation on demand
	headers  sync.Map // uri -> *goHeaderEntry: the Go import header of the latest version
}

var completionStates sync.Map // *Server -> *completionState

func (s *Server) completion() *completionState {
	if v, ok := completionStates.Load(s); ok {
		return v.(*completionState)
	}
	v, _ := completionStates.LoadOrStore(s, &completionState{})
	return v.(*completionState)
}

// Completion answers textDocument/completion.
func (s *Server) Completion(ctx context.Context, params *protocol.CompletionParams) (protocol.CompletionResult, error) {
	d, off, ok := s.docOffset(string(params.TextDocument.URI), params.Position)
	if !ok {
		return nil, nil
	}
	items := s.complete(d, off)
	if len(items) == 0 {
		return nil, nil
	}
	return &protocol.CompletionList{Items: items}, nil
}

// completionData travels in an item's data for completionItem/resolve.
type completionData struct {
	Code   int  `json:"code"`
	Custom bool `json:"custom,omitempty"`
}

// CompletionResolve fills the documentation of an item when the client asks.
func (s *Server) CompletionResolve(ctx context.Context, item *protocol.CompletionItem) (*protocol.CompletionItem, error) {
	if item.Documentation != nil || len(item.Data) == 0 {
		return item, nil
	}
	var data completionData
	if err := json.Unmarshal(item.Data, &data); err != nil || data.Code == 0 {
		return item, nil
	}
	if data.Custom {
		// The description of a custom code is small and always sent.
		return item, nil
	}
	if st, ok := s.catalog.Lookup(data.Code); ok {
		item.Documentation = &protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown, Value: st.Markdown()}
	}
	return item, nil
}

// complete computes the items at byte offset off of d.
func (s *Server) complete(d *document, off int) []protocol.CompletionItem {
	if s.catalog == nil || off < 0 || off > len(d.text) {
		return nil
	}
	text := d.text
	lineNo, _ := d.lines.Position(text, off, UTF8)
	lineStart := d.lines.starts[lineNo]
	wordStart := off
	for wordStart > lineStart && isIdentByte(text[wordStart-1]) {
		wordStart--
	}
	word := string(text[wordStart:off])
	before := text[lineStart:wordStart]
	lazy := s.completion().lazyDocs
	st := s.settingsFor(d.uri)
	if !st.LanguageEnabled(string(d.lang)) {
		return nil
	}

	// Constants after a qualifier.
	if items := s.completeConstants(d, off, wordStart, word, before, lazy); items != nil {
		return items
	}
	// Numbers (and, in Go, qualified constants) in a status position.
	if word != "" && !allDigits(word) {
		return nil
	}
	if len(word) > 3 || strings.HasPrefix(word, "0") {
		return nil
	}
	if wordStart > lineStart && isIdentByte(text[wordStart-1]) {
		return nil
	}
	placeholder := "200"
	if word != "" {
		placeholder = (word + "00")[:3]
	}
	if !s.statusPosition(d, wordStart, off, placeholder) {
		return nil
	}
	items := s.numberItems(d, wordStart, off, word, st, lazy)
	if d.lang == scan.Go && word == "" {
		if h := s.goHeaderOf(d); h.parsed {
			name, add := h.httpName()
			if _, _, ok := h.importEdit(d.text); add && !ok {
				return items
			}
			items = append(items, s.goConstantItems(d, wordStart, off, name+".", add, h, lazy)...)
		}
	}
	return items
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// qualifier is a way an ecosystem writes its constants.
type qualifier struct {
	langs     []scan.Language
	qual      string // text right before the constant's name
	dotBefore bool   // the qualifier may itself follow a '.', ':' or '\' (a longer path)
	need      string // the name must start with this, unless the place is a status position
	eco       string
}

var (
	jsLangs     = []scan.Language{scan.JavaScript, scan.TypeScript}
	jvmLangs    = []scan.Language{scan.Java, scan.Kotlin}
	pythonLangs = []scan.Language{scan.Python}
)

var qualifiers = []qualifier{
	{pythonLangs, "HTTPStatus.", true, "", knowledge.EcoPython},
	{pythonLangs, "status.", false, "HTTP_", knowledge.EcoDRF},
	{pythonLangs, "codes.", true, "", knowledge.EcoRequests},
	{jsLangs, "StatusCodes.", true, "", knowledge.EcoNPM},
	{jsLangs, "HttpStatus.", true, "", knowledge.EcoNestJS},
	{jsLangs, "HttpStatusCode.", true, "", knowledge.EcoAngular},
	{jvmLangs, "HttpStatus.", true, "", knowledge.EcoSpring},
	{jvmLangs, "HttpServletResponse.", true, "SC_", knowledge.EcoServlet},
	{jvmLangs, "HttpURLConnection.", true, "HTTP_", knowledge.EcoJava},
	{[]scan.Language{scan.Kotlin}, "HttpStatusCode.", true, "", knowledge.EcoKtor},
	{[]scan.Language{scan.CSharp}, "StatusCodes.", true, "Status", knowledge.EcoAspNet},
	{[]scan.Language{scan.CSharp}, "HttpStatusCode.", true, "", knowledge.EcoDotNet},
	{[]scan.Language{scan.Rust}, "StatusCode::", true, "", knowledge.EcoRust},
	{[]scan.Language{scan.PHP}, "Response::", true, "HTTP_", knowledge.EcoSymfony},
	{[]scan.Language{scan.Ruby}, "status: :", false, "", knowledge.EcoRack},
	{[]scan.Language{scan.Ruby}, "head :", false, "", knowledge.EcoRack},
}

// completeConstants handles a name being typed after a qualifier; nil when
// the cursor is not after one.
func (s *Server) completeConstants(d *document, off, wordStart int, word string, before []byte, lazy bool) []protocol.CompletionItem {
	if d.lang == scan.Go {
		return s.completeGoConstants(d, off, wordStart, word, before, lazy)
	}
	for _, q := range qualifiers {
		if !langIn(d.lang, q.langs) || !bytes.HasSuffix(before, []byte(q.qual)) {
			continue
		}
		if i := len(before) - len(q.qual); i > 0 {
			c := before[i-1]
			if isIdentByte(c) && q.qual[0] != ' ' || !q.dotBefore && (c == '.' || c == ':') {
				continue
			}
		}
		up, need := strings.ToUpper(word), strings.ToUpper(q.need)
		switch {
		case strings.HasPrefix(up, need):
			// The name is under way: offer the constants anywhere.
		case strings.HasPrefix(need, up):
			// Only the qualifier so far: offer where a status goes.
			if !s.statusPosition(d, wordStart-len(q.qual), off, "200") {
				continue
			}
		default:
			continue
		}
		return s.constantItems(d, q.eco, wordStart, off, "", nil, lazy)
	}
	return nil
}

func langIn(l scan.Language, list []scan.Language) bool {
	for _, x := range list {
		if x == l {
			return true
		}
	}
	return false
}

// completeGoConstants: `pkg.Status…` where pkg is the file's name for
// net/http (or `http` while net/http is not imported yet).
func (s *Server) completeGoConstants(d *document, off, wordStart int, word string, before []byte, lazy bool) []protocol.CompletionItem {
	if len(before) < 2 || before[len(before)-1] != '.' {
		return nil
	}
	end := len(before) - 1
	start := end
	for start > 0 && isIdentByte(before[start-1]) {
		start--
	}
	if start == end || (start > 0 && (before[start-1] == '.' || before[start-1] == '"' || before[start-1] == '`')) {
		return nil
	}
	name := string(before[start:end])
	h := s.goHeaderOf(d)
	if !h.parsed {
		return nil
	}
	httpName, missing := h.httpName()
	if name != httpName {
		return nil
	}
	if !strings.HasPrefix(word, "Status") {
		if !strings.HasPrefix("Status", word) {
			return nil
		}
		if !s.statusPosition(d, wordStart-len(name)-1, off, "200") {
			return nil
		}
	}
	return s.goConstantItems(d, wordStart, off, "", missing, h, lazy)
}

// goConstantItems are the net/http constants, written with prefix (e.g.
// "http." when the qualifier is not typed yet); addImport adds the import.
func (s *Server) goConstantItems(d *document, start, end int, prefix string, addImport bool, h *goHeader, lazy bool) []protocol.CompletionItem {
	var extra []protocol.TextEdit
	if addImport {
		if at, text, ok := h.importEdit(d.text); ok {
			r := s.rangeOf(d, at, at)
			extra = []protocol.TextEdit{{Range: r, NewText: text}}
		}
	}
	return s.constantItems(d, knowledge.EcoGo, start, end, prefix, extra, lazy)
}

// constantItems are the constants of an ecosystem, replacing [start,end).
func (s *Server) constantItems(d *document, eco string, start, end int, prefix string, extra []protocol.TextEdit, lazy bool) []protocol.CompletionItem {
	base := templates(s.catalog).constants(eco, lazy)
	if len(base) == 0 {
		return nil
	}
	r := s.rangeOf(d, start, end)
	out := make([]protocol.CompletionItem, len(base))
	for i, it := range base {
		if prefix != "" {
			it.Label = prefix + it.Label
			it.FilterText = protocol.NewOptional(it.Label)
		}
		it.TextEdit = &protocol.TextEdit{Range: r, NewText: it.Label}
		it.AdditionalTextEdits = extra
		out[i] = it
	}
	return out
}

// numberItems are the codes whose digits start with typed, replacing
// [start,end): the catalog's and the project's custom codes.
func (s *Server) numberItems(d *document, start, end int, typed string, st settings.Settings, lazy bool) []protocol.CompletionItem {
	base := templates(s.catalog).numbers(lazy)
	r := s.rangeOf(d, start, end)
	out := make([]protocol.CompletionItem, 0, 32)
	custom := map[int]bool{}
	for _, c := range st.Codes {
		digits := strconv.Itoa(c.Code)
		if !strings.HasPrefix(digits, typed) {
			continue
		}
		custom[c.Code] = true
		desc := c.Description
		if desc == "" {
			desc = "A custom code of this project."
		}
		out = append(out, protocol.CompletionItem{
			Label:         digits + " " + c.Phrase,
			LabelDetails:  &protocol.CompletionItemLabelDetails{Description: strPtr("custom")},
			Kind:          protocol.CompletionItemKindValue,
			Detail:        protocol.NewOptional("custom code (project settings)"),
			Documentation: &protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown, Value: fmt.Sprintf("**%d %s** · _custom code_\n\n%s", c.Code, c.Phrase, desc)},
			SortText:      protocol.NewOptional("000 " + digits),
			FilterText:    protocol.NewOptional(digits),
			TextEdit:      &protocol.TextEdit{Range: r, NewText: digits},
			Data:          mustJSON(completionData{Code: c.Code, Custom: true}),
		})
	}
	for _, it := range base {
		code, _ := strconv.Atoi(it.Label[:3])
		if custom[code] || !strings.HasPrefix(it.Label, typed) {
			continue
		}
		it.TextEdit = &protocol.TextEdit{Range: r, NewText: it.Label[:3]}
		out = append(out, it)
	}
	return out
}

func strPtr(s string) *string { return &s }

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return b
}

// commonCodes orders codes by how often APIs use them; codes not listed
// follow numerically, non-standard ones last.
var commonCodes = []int{
	200, 201, 204, 400, 401, 403, 404, 500, 409, 422, 429, 503, 202, 301, 302, 304,
	307, 308, 303, 405, 410, 412, 413, 415, 502, 504, 406, 408, 411, 414, 416, 417,
	418, 421, 423, 424, 425, 426, 428, 431, 451, 501, 505, 506, 507, 508, 510, 511,
	100, 101, 102, 103, 203, 205, 206, 207, 208, 226, 300, 305, 402, 407,
}

// rank is the sort position of a code.
func rank(st *knowledge.Status) int {
	for i, c := range commonCodes {
		if c == st.Code {
			return i
		}
	}
	if st.Registered {
		return 100 + st.Code
	}
	return 2000 + st.Code
}

// itemTemplates are the items that do not depend on the document, built once
// per catalog: everything but the edit range.
type itemTemplates struct {
	once      sync.Once
	cat       *knowledge.Catalog
	byEco     map[string][2][]protocol.CompletionItem // [eager, lazy] documentation
	numberSet [2][]protocol.CompletionItem
}

var templateCache sync.Map // *knowledge.Catalog -> *itemTemplates

func templates(cat *knowledge.Catalog) *itemTemplates {
	v, _ := templateCache.LoadOrStore(cat, &itemTemplates{cat: cat})
	t := v.(*itemTemplates)
	t.once.Do(t.build)
	return t
}

func (t *itemTemplates) constants(eco string, lazy bool) []protocol.CompletionItem {
	return t.byEco[eco][lazyIndex(lazy)]
}

func (t *itemTemplates) numbers(lazy bool) []protocol.CompletionItem {
	return t.numberSet[lazyIndex(lazy)]
}

func lazyIndex(lazy bool) int {
	if lazy {
		return 1
	}
	return 0
}

func (t *itemTemplates) build() {
	t.byEco = map[string][2][]protocol.CompletionItem{}
	statuses := append([]*knowledge.Status(nil), t.cat.All()...)
	sort.SliceStable(statuses, func(i, j int) bool { return rank(statuses[i]) < rank(statuses[j]) })
	docs := map[int]protocol.InlayHintTooltip{}
	for _, st := range statuses {
		docs[st.Code] = &protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown, Value: st.Markdown()}
	}
	for _, eco := range knowledge.Ecosystems {
		var eager, lazy []protocol.CompletionItem
		for _, st := range statuses {
			for _, name := range st.Constants[eco] {
				title := fmt.Sprintf("%d %s", st.Code, st.Phrase)
				it := protocol.CompletionItem{
					Label:        name,
					LabelDetails: &protocol.CompletionItemLabelDetails{Description: strPtr(title)},
					Kind:         protocol.CompletionItemKindConstant,
					Detail:       protocol.NewOptional(title),
					SortText:     protocol.NewOptional(fmt.Sprintf("%04d %s", rank(st), name)),
					FilterText:   protocol.NewOptional(name),
					Data:         mustJSON(completionData{Code: st.Code}),
				}
				eager, lazy = addTemplate(eager, lazy, it, st, docs)
			}
		}
		t.byEco[eco] = [2][]protocol.CompletionItem{eager, lazy}
	}
	var eager, lazy []protocol.CompletionItem
	for _, st := range statuses {
		if st.Code < 100 || st.Code > 999 {
			continue
		}
		digits := strconv.Itoa(st.Code)
		detail := st.Title()
		if f := st.Flags(); len(f) > 0 {
			detail += " · " + strings.Join(f, ", ")
		}
		it := protocol.CompletionItem{
			Label:        digits + " " + st.Phrase,
			LabelDetails: &protocol.CompletionItemLabelDetails{Description: strPtr(knowledge.ClassName(st.Class()))},
			Kind:         protocol.CompletionItemKindValue,
			Detail:       protocol.NewOptional(detail),
			SortText:     protocol.NewOptional(fmt.Sprintf("%04d %s", rank(st), digits)),
			FilterText:   protocol.NewOptional(digits),
			Data:         mustJSON(completionData{Code: st.Code}),
		}
		eager, lazy = addTemplate(eager, lazy, it, st, docs)
	}
	t.numberSet = [2][]protocol.CompletionItem{eager, lazy}
}

// addTemplate tags a deprecated code's item and appends it to both lists:
// without documentation (resolved lazily) and with it.
func addTemplate(eager, lazy []protocol.CompletionItem, it protocol.CompletionItem, st *knowledge.Status, docs map[int]protocol.InlayHintTooltip) ([]protocol.CompletionItem, []protocol.CompletionItem) {
	if st.Deprecated {
		it.Tags = []protocol.CompletionItemTag{protocol.CompletionItemTagDeprecated}
		it.Deprecated = protocol.NewOptional(true)
	}
	lazy = append(lazy, it)
	it.Documentation = docs[st.Code]
	return append(eager, it), lazy
}

// statusWindowLines is how many lines before the cursor the status-position
// probe scans (enough for an OpenAPI `responses:` key or an enclosing call).
const statusWindowLines = 40

// statusPosition reports whether a status code written over [start,end)
// (replacing the partial text there) would be a status occurrence in d, per
// the recognizer. It scans only a window of lines around the cursor: first
// with the rest of the text as it is (an editor usually auto-closed the
// brackets), then with the open brackets and quotes of the line closed.
func (s *Server) statusPosition(d *document, start, end int, placeholder string) bool {
	text := d.text
	lineNo, _ := d.lines.Position(text, start, UTF8)
	lineStart := d.lines.starts[lineNo]
	first := int(lineNo) - statusWindowLines
	if first < 0 {
		first = 0
	}
	winStart := d.lines.starts[first]
	last := int(lineNo) + 3
	winEnd := len(text)
	if last+1 < len(d.lines.starts) {
		winEnd = d.lines.starts[last+1]
	}
	nextLine := len(text)
	if int(lineNo)+1 < len(d.lines.starts) {
		nextLine = d.lines.starts[lineNo+1]
	}
	if end > nextLine {
		end = nextLine
	}

	var head []byte
	if d.lang == scan.Go && winStart > 0 {
		if h := s.goHeaderOf(d); h.parsed && h.end <= winStart {
			head = append(text[:h.end:h.end], '\n')
		}
	}
	probe := func(tail ...[]byte) bool {
		buf := make([]byte, 0, len(head)+(winEnd-winStart)+16)
		buf = append(buf, head...)
		buf = append(buf, text[winStart:start]...)
		at := len(buf)
		buf = append(buf, placeholder...)
		for _, t := range tail {
			buf = append(buf, t...)
		}
		for _, o := range scan.Scan(buf, d.lang) {
			if o.Start == at && o.End == at+len(placeholder) && o.Kind == scan.Literal && o.Role != scan.RoleMention {
				return true
			}
		}
		return false
	}
	if probe(text[end:winEnd]) {
		return true
	}
	closers := closeLine(text[lineStart:start], d.lang)
	if len(closers) == 0 {
		return false
	}
	return probe(closers, []byte("\n"), text[nextLine:winEnd])
}

// closeLine returns what closes the brackets and quotes left open in a line
// prefix, so that a half-typed call reads as a complete one.
func closeLine(prefix []byte, lang scan.Language) []byte {
	var stack []byte
	var quote byte
	for i := 0; i < len(prefix); i++ {
		c := prefix[i]
		if quote != 0 {
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
			continue
		}
		switch c {
		case '"', '\'', '`':
			quote = c
		case '(':
			stack = append(stack, ')')
		case '[':
			stack = append(stack, ']')
		case '{':
			stack = append(stack, '}')
		case ')', ']', '}':
			if len(stack) > 0 && stack[len(stack)-1] == c {
				stack = stack[:len(stack)-1]
			}
		}
	}
	var out []byte
	if quote != 0 {
		out = append(out, quote)
	}
	keyOnly := len(bytes.Trim(prefix, " \t-'\"")) == 0
	switch {
	case lang == scan.YAML && keyOnly:
		out = append(out, ':')
	case lang == scan.JSON && keyOnly:
		out = append(out, ": {}"...)
	}
	for i := len(stack) - 1; i >= 0; i-- {
		out = append(out, stack[i])
	}
	// A switch case being written: `case 4` reads as `case 200:`.
	if t := bytes.TrimLeft(prefix, " \t"); bytes.HasPrefix(t, []byte("case ")) && !bytes.ContainsRune(t, ':') && len(stack) == 0 {
		out = append(out, ':')
	}
	return out
}

// goHeader is what completion needs from a Go file's header: where the
// imports end, the file's name for net/http, and where an import of it goes.
// The name and the insertion come from the recognizer package (the same
// answers the quick fixes use), asked about the header only so that the
// cost does not grow with the file.
type goHeader struct {
	parsed bool
	end    int    // offset just past the last import declaration (or the package clause)
	head   []byte // the header through the end of its last line

	once     sync.Once // the rest is computed on first use
	name     string    // the file's name for net/http, or the name a new import would use
	imported bool      // net/http is imported
	insAt    int       // where the import goes; -1 when imported
	insText  string
}

type goHeaderEntry struct {
	doc *document
	h   *goHeader
}

// goHeaderOf parses (once per document version) the header of a Go document.
func (s *Server) goHeaderOf(d *document) *goHeader {
	st := s.completion()
	if v, ok := st.headers.Load(d.uri); ok {
		if e := v.(*goHeaderEntry); e.doc == d {
			return e.h
		}
	}
	h := parseGoHeader(d.text)
	st.headers.Store(d.uri, &goHeaderEntry{doc: d, h: h})
	return h
}

// httpName is the file's name for net/http; missing is true when net/http
// is not imported (the import must then be added).
func (h *goHeader) httpName() (name string, missing bool) {
	h.ask()
	return h.name, !h.imported
}

// ask fills the net/http answers from the header.
func (h *goHeader) ask() {
	h.once.Do(func() {
		h.insAt = -1
		if !h.parsed {
			return
		}
		h.name, h.imported = scan.GoHTTPImport(h.head)
		if at, text := scan.GoImportInsertion(h.head); at >= 0 && !h.imported {
			h.insAt, h.insText = at, text
		}
	})
}

// importEdit is where and what to insert to import net/http.
func (h *goHeader) importEdit(src []byte) (at int, text string, ok bool) {
	h.ask()
	if h.insAt < 0 || h.insAt > len(src) {
		return 0, "", false
	}
	return h.insAt, h.insText, true
}

// parseGoHeader finds where the package clause and the import declarations
// end, then asks the recognizer package about net/http in that header.
func parseGoHeader(src []byte) *goHeader {
	h := &goHeader{insAt: -1}
	end, ok := goHeaderEnd(src)
	if !ok {
		return h
	}
	h.parsed = true
	h.end = end
	cut := end
	if nl := bytes.IndexByte(src[end:], '\n'); nl >= 0 {
		cut = end + nl + 1
	} else {
		cut = len(src)
	}
	h.head = src[:cut:cut]
	return h
}

// goHeaderEnd is the offset just past the last import declaration, or past
// the package clause's name when there are none; ok is false when src does
// not start with a package clause.
func goHeaderEnd(src []byte) (int, bool) {
	fset := gotoken.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var sc scanner.Scanner
	sc.Init(file, src, func(gotoken.Position, string) {}, 0)
	next := func() (int, gotoken.Token, string) {
		p, tok, lit := sc.Scan()
		return file.Offset(p), tok, lit
	}
	if _, tok, _ := next(); tok != gotoken.PACKAGE {
		return 0, false
	}
	p, tok, lit := next()
	if tok != gotoken.IDENT {
		return 0, false
	}
	end := p + len(lit)
	for {
		p, tok, _ = next()
		for tok == gotoken.SEMICOLON {
			p, tok, _ = next()
		}
		if tok != gotoken.IMPORT {
			return end, true
		}
		p, tok, lit = next()
		if tok == gotoken.LPAREN {
			for tok != gotoken.RPAREN && tok != gotoken.EOF {
				p, tok, _ = next()
			}
			if tok != gotoken.RPAREN {
				return end, true
			}
			end = p + 1
			continue
		}
		if tok == gotoken.IDENT || tok == gotoken.PERIOD {
			p, tok, lit = next()
		}
		if tok != gotoken.STRING {
			return end, true
		}
		end = p + len(lit)
	}
}
