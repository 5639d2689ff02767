package rules

import (
	"fmt"
	"go/scanner"
	"go/token"
	"sort"
	"strconv"

	"httpstatus-lsp/knowledge"
	"httpstatus-lsp/lsp/scan"
)

// fileContext holds what the fixes of one document need to know about the
// whole file: how it names net/http (Go), and which constant ecosystems it
// already uses, with the qualifier it writes them with.
type fileContext struct {
	in *Input

	goChecked  bool
	goName     string // identifier net/http is visible under ("." for a dot import)
	goImported bool

	goUses    int // `name.X` selectors of the net/http import name; -1 until counted
	goSpan    [2]int
	goSpanOK  bool
	goSpanSet bool
	insSet    bool // the import insertion point was computed
	insOff    int
	insText   string

	ecoPrefix map[string]string // ecosystem -> qualifier as written ("HTTPStatus.", "status.", ":")
	ecoOrder  []string          // ecosystems in order of first use
}

func newFileContext(in *Input) *fileContext {
	fc := &fileContext{in: in, ecoPrefix: map[string]string{}, goUses: -1}
	for _, o := range in.Occ {
		if o.Kind != scan.Constant || o.Ecosystem == "" || o.Start < 0 || o.End > len(in.Src) {
			continue
		}
		if _, seen := fc.ecoPrefix[o.Ecosystem]; seen {
			continue
		}
		q := fc.qualifierStart(o)
		fc.ecoPrefix[o.Ecosystem] = string(in.Src[q:o.Start])
		fc.ecoOrder = append(fc.ecoOrder, o.Ecosystem)
	}
	return fc
}

func (fc *fileContext) goImport() (string, bool) {
	if !fc.goChecked {
		fc.goChecked = true
		fc.goName, fc.goImported = scan.GoHTTPImport(fc.in.Src)
	}
	return fc.goName, fc.goImported
}

func isQualChar(c byte) bool {
	return c == '_' || c == '.' || c == '\\' || c == '$' ||
		('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

// qualifierStart is where the constant's full qualified name begins: the
// occurrence covers its last name only (StatusNotFound of http.StatusNotFound).
// Qualifiers join with ".", "::" (Rust, PHP) or a backslash (PHP namespaces); a
// single ':' right before the name is a Ruby symbol's and belongs to it, any
// other single ':' (a key, a label) does not.
func (fc *fileContext) qualifierStart(o scan.Occurrence) int {
	src := fc.in.Src
	i := o.Start
	if i > 0 && src[i-1] == ':' && (i < 2 || (src[i-2] != ':' && !isQualChar(src[i-2]))) {
		return i - 1
	}
	for i > 0 {
		switch c := src[i-1]; {
		case isQualChar(c):
			i--
		case c == ':' && i >= 2 && src[i-2] == ':':
			i -= 2
		default:
			return i
		}
	}
	return i
}

// qualified is the constant as written, qualifier included.
func (fc *fileContext) qualified(o scan.Occurrence) string {
	return string(fc.in.Src[fc.qualifierStart(o):o.End])
}

// inQuotes reports whether the token is inside a string literal ("404").
func inQuotes(src []byte, start, end int) bool {
	if start > 0 && (src[start-1] == '"' || src[start-1] == '\'' || src[start-1] == '`') {
		return true
	}
	if end < len(src) && (src[end] == '"' || src[end] == '\'' || src[end] == '`') {
		return true
	}
	return false
}

// literalToConstant is the fix that writes a literal as its constant: Go's
// net/http under the file's own import name (adding the import when
// missing), otherwise an ecosystem the file already uses.
func (fc *fileContext) literalToConstant(o scan.Occurrence) (Fix, string, bool) {
	in := fc.in
	if o.Kind != scan.Literal || inQuotes(in.Src, o.Start, o.End) {
		return Fix{}, "", false
	}
	st, ok := in.Catalog.Lookup(o.Code)
	if !ok {
		return Fix{}, "", false
	}
	if in.Lang == scan.Go {
		names := st.Constants[knowledge.EcoGo]
		if len(names) == 0 {
			return Fix{}, "", false
		}
		name, imported := fc.goImport()
		text := name + "." + names[0]
		if name == "." {
			text = names[0]
		}
		edits := []Edit{{o.Start, o.End, text}}
		if !imported {
			if !fc.insSet {
				fc.insSet = true
				fc.insOff, fc.insText = scan.GoImportInsertion(in.Src)
			}
			if fc.insOff >= 0 && fc.insText != "" {
				edits = append(edits, Edit{fc.insOff, fc.insOff, fc.insText})
			}
		}
		sortEdits(edits)
		return Fix{Title: fmt.Sprintf("Replace %d with %s", o.Code, text), Edits: edits, Safe: true}, text, true
	}
	for _, eco := range fc.ecoOrder {
		names := st.Constants[eco]
		if len(names) == 0 {
			continue
		}
		text := fc.ecoPrefix[eco] + names[0]
		return Fix{Title: fmt.Sprintf("Replace %d with %s", o.Code, text), Edits: []Edit{{o.Start, o.End, text}}, Safe: true}, text, true
	}
	return Fix{}, "", false
}

// constantToLiteral is the fix that writes a constant as its number. In Go it
// also removes the net/http import when this was its last use.
func (fc *fileContext) constantToLiteral(o scan.Occurrence) (Fix, bool) {
	if o.Kind != scan.Constant || o.Code < 100 || o.Code > 999 {
		return Fix{}, false
	}
	q := fc.qualifierStart(o)
	text := strconv.Itoa(o.Code)
	edits := []Edit{{q, o.End, text}}
	if fc.in.Lang == scan.Go {
		if name, imported := fc.goImport(); imported && name != "." && name != "_" {
			qual := string(fc.in.Src[q:o.Start])
			if fc.goUses < 0 {
				fc.goUses = goQualifiedUses(fc.in.Src, name)
			}
			if qual == name+"." && fc.goUses == 1 {
				if !fc.goSpanSet {
					fc.goSpanSet = true
					s, e, ok := goImportSpan(fc.in.Src)
					fc.goSpan, fc.goSpanOK = [2]int{s, e}, ok
				}
				if fc.goSpanOK {
					edits = append(edits, Edit{fc.goSpan[0], fc.goSpan[1], ""})
				}
			}
		}
	}
	sortEdits(edits)
	return Fix{Title: fmt.Sprintf("Replace %s with %s", string(fc.in.Src[q:o.End]), text), Edits: edits, Safe: true}, true
}

// typoFixes offers the one registered code that a single-digit slip would
// explain (4044 → 404, 2000 → 200); none when there are several or none.
func (fc *fileContext) typoFixes(o scan.Occurrence, token string) []Fix {
	if o.Kind != scan.Literal || len(token) < 2 || len(token) > 5 {
		return nil
	}
	for i := 0; i < len(token); i++ {
		if token[i] < '0' || token[i] > '9' {
			return nil
		}
	}
	cands := map[int]bool{}
	try := func(s string) {
		if len(s) != 3 || s[0] == '0' {
			return
		}
		n, err := strconv.Atoi(s)
		if err != nil || n == o.Code {
			return
		}
		if st, ok := fc.in.Catalog.Lookup(n); ok && st.Registered && !st.Deprecated && !st.Unused {
			cands[n] = true
		}
	}
	const digits = "0123456789"
	for i := 0; i <= len(token); i++ {
		if i < len(token) {
			try(token[:i] + token[i+1:]) // a digit too many
			for _, d := range []byte(digits) {
				try(token[:i] + string(d) + token[i+1:]) // a wrong digit
			}
			if i+1 < len(token) {
				try(token[:i] + string(token[i+1]) + string(token[i]) + token[i+2:]) // swapped
			}
		}
		for _, d := range []byte(digits) {
			try(token[:i] + string(d) + token[i:]) // a digit missing
		}
	}
	if len(cands) != 1 {
		return nil
	}
	for n := range cands {
		st, _ := fc.in.Catalog.Lookup(n)
		return []Fix{{Title: fmt.Sprintf("Change %s to %s?", token, named(n, st)), Edits: []Edit{{o.Start, o.End, strconv.Itoa(n)}}}}
	}
	return nil
}

func sortEdits(es []Edit) {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Start != es[j].Start {
			return es[i].Start < es[j].Start
		}
		return es[i].End < es[j].End
	})
}

// goQualifiedUses counts `name.X` selectors in Go source outside import declarations.
func goQualifiedUses(src []byte, name string) int {
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	s.Init(f, src, nil, 0)
	n := 0
	var prev token.Token
	var prevLit string
	inImport := false
	depth := 0
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		switch {
		case tok == token.IMPORT:
			inImport = true
			depth = 0
		case inImport && tok == token.LPAREN:
			depth++
		case inImport && tok == token.RPAREN:
			depth--
			if depth == 0 {
				inImport = false
			}
		case inImport && tok == token.SEMICOLON && depth == 0:
			inImport = false
		}
		if !inImport && tok == token.PERIOD && prev == token.IDENT && prevLit == name {
			n++
		}
		prev, prevLit = tok, lit
	}
	return n
}

// Apply returns src with the edits applied. Edits must not overlap; they are
// applied in order of position.
func Apply(src []byte, edits []Edit) []byte {
	es := append([]Edit(nil), edits...)
	sortEdits(es)
	out := make([]byte, 0, len(src)+64)
	last := 0
	for _, e := range es {
		if e.Start < last || e.End > len(src) || e.Start > e.End {
			continue
		}
		out = append(out, src[last:e.Start]...)
		out = append(out, e.Text...)
		last = e.End
	}
	return append(out, src[last:]...)
}

// FixAll gathers every safe fix of the findings into one set of edits that do
// not overlap (the first fix touching a range wins; identical edits such as
// one import added by several fixes count once). The titles of the fixes
// taken are returned with them. In Go, the net/http import is removed when
// every use of it was rewritten to a number.
func FixAll(in Input, findings []Finding) ([]Edit, []string) {
	in.prepare()
	var edits []Edit
	var titles []string
	seen := map[Edit]bool{}
	var name string
	var imported bool
	var span Edit
	hasSpan := false
	if in.Lang == scan.Go {
		name, imported = scan.GoHTTPImport(in.Src)
		if s, e, ok := goImportSpan(in.Src); ok && imported {
			span, hasSpan = Edit{s, e, ""}, true
		}
	}
	drops := 0
	for _, f := range findings {
		for _, fx := range f.Fixes {
			if !fx.Safe {
				continue
			}
			ok := true
			var add []Edit
			for _, e := range fx.Edits {
				if hasSpan && e == span {
					continue // decided below for the whole document
				}
				if seen[e] {
					continue
				}
				for _, x := range edits {
					if e.Start < x.End && x.Start < e.End || (e.Start == e.End && e.Start == x.Start) {
						ok = false
					}
				}
				add = append(add, e)
			}
			if !ok {
				continue
			}
			for _, e := range add {
				seen[e] = true
				edits = append(edits, e)
				if hasSpan && name != "." && len(e.Text) > 0 && e.Text[0] >= '0' && e.Text[0] <= '9' &&
					e.End <= len(in.Src) && hasPrefix(in.Src[e.Start:e.End], name+".") {
					drops++
				}
			}
			titles = append(titles, fx.Title)
			break
		}
	}
	if hasSpan && drops > 0 && drops == goQualifiedUses(in.Src, name) {
		edits = append(edits, span)
	}
	sortEdits(edits)
	return edits, titles
}

func hasPrefix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == p
}

// Rewrite is a fix offered on an occurrence whether or not a rule reports
// it: a literal written as its constant, or a constant as its number.
type Rewrite struct {
	Start, End int // the occurrence's token
	Fix        Fix
}

// Rewrites lists the literal ↔ constant rewrites of every status occurrence
// used in code (not those in prose or data).
func Rewrites(in Input) []Rewrite {
	in.prepare()
	fc := newFileContext(&in)
	var out []Rewrite
	for _, o := range in.Occ {
		if o.Role == scan.RoleMention || o.Start < 0 || o.End > len(in.Src) || o.Start >= o.End {
			continue
		}
		if fx, _, ok := fc.literalToConstant(o); ok {
			out = append(out, Rewrite{o.Start, o.End, fx})
		}
		if fx, ok := fc.constantToLiteral(o); ok {
			out = append(out, Rewrite{o.Start, o.End, fx})
		}
	}
	return out
}
