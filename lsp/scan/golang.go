package scan

import (
	"bytes"
	gotoken "go/token"
	"strconv"
	"strings"
	"sync"

	"httpstatus-lsp/knowledge"
)

// The Go recognizer tokenizes with lexGo (golang_lex.go: go/scanner's token
// stream, checked against go/scanner by tests, so strings, raw strings, runes
// and comments are exactly right, at about three times its speed) and then
// walks the token stream once, with a stack of open brackets that remembers,
// for every call, its callee and the index of the argument being read. A number is reported only when the
// surrounding tokens put it in a status position; status constants are
// reported wherever their package qualifier resolves to a package that
// exports them.

// gtok is one token: its kind and byte span in the source.
type gtok struct {
	tok      gotoken.Token
	off, end int32
}

// goPkg classifies an import by what the recognizer knows about it.
type goPkg uint8

const (
	pkgNone   goPkg = 0
	pkgHTTP   goPkg = 1 << iota // net/http: constants, Error, Redirect, StatusText
	pkgConsts                   // exports net/http's status constant names (fiber, fasthttp, iris)
	pkgEcho                     // labstack/echo: NewHTTPError
	pkgFiber                    // gofiber/fiber: NewError
	pkgRender                   // go-chi/render: Status(r, code)
	pkgOther                    // any other imported package
)

// goPackages maps import paths to what they provide. Versions of a module
// share an entry through goPackageOf, which strips a /vN suffix.
var goPackages = map[string]goPkg{
	"net/http":                    pkgHTTP | pkgConsts,
	"github.com/gofiber/fiber":    pkgConsts | pkgFiber,
	"github.com/valyala/fasthttp": pkgConsts,
	"github.com/kataras/iris":     pkgConsts,
	"github.com/labstack/echo":    pkgEcho,
	"github.com/go-chi/render":    pkgRender,
}

// goPackageOf returns the kind of an import path and its default name.
func goPackageOf(path string) (goPkg, string) {
	base := path
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		last := path[i+1:]
		if len(last) >= 2 && last[0] == 'v' && goAllDigits(last[1:]) {
			base = path[:i]
		}
	}
	name := base
	if i := strings.LastIndexByte(base, '/'); i >= 0 {
		name = base[i+1:]
	}
	name = strings.TrimSuffix(name, ".go")
	name = strings.TrimPrefix(name, "go-")
	if k, ok := goPackages[base]; ok {
		return k, name
	}
	return pkgOther, name
}

func goAllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Call shapes: where a status sits in a call and what the call does with it.
// recv, when set, lists receiver names the method must be called on. pkg says
// whether the callee must be qualified by a given package (pkgNone: a method
// on any value that is not an imported package; goPkgAny: anything).
type goCall struct {
	name   string
	pkg    goPkg
	recv   []string
	arg    int
	role   Role
	strong bool // any integer counts; otherwise only plausible codes (100-599)
}

const goPkgAny goPkg = 0xff

var goCtxRecv = []string{"c", "ctx"}

var goCalls = []goCall{
	// net/http
	{"Error", pkgHTTP, nil, 2, RoleError, true},
	{"Redirect", pkgHTTP, nil, 3, RoleRedirect, true},
	{"RedirectHandler", pkgHTTP, nil, 1, RoleRedirect, true},
	{"StatusText", pkgHTTP, nil, 0, RoleStatus, true},
	{"WriteHeader", pkgNone, nil, 0, RoleStatus, true},
	{"writeHeader", pkgNone, nil, 0, RoleStatus, false},
	// echo, fiber, chi
	{"NewHTTPError", pkgEcho, nil, 0, RoleError, true},
	{"NewError", pkgFiber, nil, 0, RoleError, true},
	{"Status", pkgRender, nil, 1, RoleStatus, true},
	// gin / echo / fiber / iris context methods
	{"AbortWithStatus", pkgNone, nil, 0, RoleStatus, true},
	{"AbortWithStatusJSON", pkgNone, nil, 0, RoleStatus, true},
	{"AbortWithStatusPureJSON", pkgNone, nil, 0, RoleStatus, true},
	{"AbortWithError", pkgNone, nil, 0, RoleError, true},
	{"SendStatus", pkgNone, nil, 0, RoleStatus, true},
	{"NoContent", pkgNone, nil, 0, RoleStatus, true},
	{"SetStatusCode", pkgNone, nil, 0, RoleStatus, true},
	{"StopWithStatus", pkgNone, nil, 0, RoleStatus, true},
	{"StopWithJSON", pkgNone, nil, 0, RoleStatus, true},
	{"StopWithError", pkgNone, nil, 0, RoleError, true},
	{"StatusCode", pkgNone, nil, 0, RoleStatus, false},
	{"Status", pkgNone, nil, 0, RoleStatus, false},
	{"SetStatus", pkgNone, nil, 0, RoleStatus, false},
	{"JSON", pkgNone, nil, 0, RoleStatus, false},
	{"IndentedJSON", pkgNone, nil, 0, RoleStatus, false},
	{"SecureJSON", pkgNone, nil, 0, RoleStatus, false},
	{"PureJSON", pkgNone, nil, 0, RoleStatus, false},
	{"AsciiJSON", pkgNone, nil, 0, RoleStatus, false},
	{"JSONP", pkgNone, nil, 0, RoleStatus, false},
	{"JSONPretty", pkgNone, nil, 0, RoleStatus, false},
	{"JSONBlob", pkgNone, nil, 0, RoleStatus, false},
	{"JSONPBlob", pkgNone, nil, 0, RoleStatus, false},
	{"XML", pkgNone, nil, 0, RoleStatus, false},
	{"XMLPretty", pkgNone, nil, 0, RoleStatus, false},
	{"XMLBlob", pkgNone, nil, 0, RoleStatus, false},
	{"YAML", pkgNone, nil, 0, RoleStatus, false},
	{"TOML", pkgNone, nil, 0, RoleStatus, false},
	{"ProtoBuf", pkgNone, nil, 0, RoleStatus, false},
	{"String", pkgNone, nil, 0, RoleStatus, false},
	{"HTML", pkgNone, nil, 0, RoleStatus, false},
	{"HTMLBlob", pkgNone, nil, 0, RoleStatus, false},
	{"Data", pkgNone, nil, 0, RoleStatus, false},
	{"DataFromReader", pkgNone, nil, 0, RoleStatus, false},
	{"Blob", pkgNone, nil, 0, RoleStatus, false},
	{"Stream", pkgNone, nil, 0, RoleStatus, false},
	{"Render", pkgNone, nil, 0, RoleStatus, false},
	{"Negotiate", pkgNone, nil, 0, RoleStatus, false},
	{"Redirect", pkgNone, nil, 0, RoleRedirect, false}, // gin, echo: Redirect(code, url)
	{"Redirect", pkgNone, nil, 1, RoleRedirect, false}, // fiber, fasthttp: Redirect(url, code)
	{"Error", pkgNone, goCtxRecv, 1, RoleError, false}, // fasthttp: ctx.Error(msg, code)
	// test doubles
	{"NewStringResponder", goPkgAny, nil, 0, RoleStatus, true},
	{"NewBytesResponder", goPkgAny, nil, 0, RoleStatus, true},
	{"NewJsonResponder", goPkgAny, nil, 0, RoleStatus, true},
	{"NewJsonResponderOrPanic", goPkgAny, nil, 0, RoleStatus, true},
	{"NewStringResponse", goPkgAny, nil, 0, RoleStatus, true},
	{"NewBytesResponse", goPkgAny, nil, 0, RoleStatus, true},
	{"NewJsonResponse", goPkgAny, nil, 0, RoleStatus, true},
	{"Reply", pkgNone, nil, 0, RoleStatus, false}, // gock
}

// goAsserts are equality assertions: a number among their arguments is a
// status when another argument is status-named (assert.Equal(t, 404, rr.Code)).
var goAsserts = map[string]bool{
	"Equal": true, "Equalf": true, "EqualValues": true, "EqualValuesf": true,
	"Exactly": true, "Exactlyf": true, "NotEqual": true, "NotEqualf": true,
	"NotEqualValues": true, "Equals": true, "Assert": true, "Check": true, "Diff": true,
	// gomega matchers, confirmed by the enclosing Expect(...)
	"BeNumerically": true, "BeEquivalentTo": true, "BeIdenticalTo": true,
}

var goAssertStart = func() (a [256]bool) {
	for k := range goAsserts {
		a[k[0]] = true
	}
	return a
}()

// goExpects are gomega's actual-value wrappers.
var goExpects = map[string]bool{"Expect": true, "Ω": true, "Eventually": true, "Consistently": true}

var goCallIndex = func() map[string][]int {
	m := map[string][]int{}
	for i, c := range goCalls {
		m[c.name] = append(m[c.name], i)
	}
	return m
}()

// frame is an open bracket.
type gframe struct {
	open      gotoken.Token // LPAREN, LBRACE or LBRACK
	callee    int32         // token index of the called name, -1 if not a call
	qual      int32         // token index of the qualifier before the callee, -1 if none
	arg       int32         // index of the argument being read
	first     int32         // token index of the first argument if it is a lone identifier, else -1
	funcName  int32         // for a function body: token index of the function's name (-1: literal)
	pendStart int32         // assertions: first pending occurrence of this call
	strength  int8          // switch tag / assertion: status-ness of the other side (0, 1 weak, 2 strong)
	isFunc    bool          // the brace is a function body
	isSwitch  bool          // the brace is a switch body
	inCase    bool          // between `case` and its colon
	assert    bool          // the paren is an equality assertion call
	isList    bool          // the brace is a []int / map[int]T literal of statuses
	rowField  int8          // []struct{...}{ literal: index of its status-named field (-1 none); a row: the same
	isRow     bool          // the brace is one positional row of such a literal ({"ok", 200})
}

const maxGoDepth = 512

// maxGoSource bounds the input so that token offsets fit in int32.
const maxGoSource = 1<<31 - 1

type goScanner struct {
	src     []byte
	toks    []gtok
	stack   []gframe
	over    int // brackets opened beyond maxGoDepth
	pkgs    map[string]goPkg
	dotPkgs goPkg
	// httpFile: the file imports something HTTP-related (or nothing at
	// all, as a snippet). Weak contexts (a variable named status or code,
	// c.JSON(...)) count only in such files.
	httpFile bool
	out      []Occurrence
	pend     []Occurrence
	consts   map[string]*knowledge.Status

	funcTok   int32 // index of the last `func` keyword awaiting its body, -1 if none
	funcDepth int
	funcName  int32
	swTok     int32 // index of the last `switch` keyword awaiting its body
	swDepth   int

	// Gomega: Expect(resp.StatusCode).To(Equal(404)); the status-ness of the
	// last Expect argument, valid until the statement ends.
	expectStrength int8
	expectDepth    int
}

var goGtokPool = sync.Pool{New: func() any { s := make([]gtok, 0, 1024); return &s }}

// scanGo recognizes Go.
func scanGo(src []byte) []Occurrence {
	if len(src) > maxGoSource {
		return nil
	}
	ps := goGtokPool.Get().(*[]gtok)
	if want := len(src)/5 + 16; cap(*ps) < want {
		*ps = make([]gtok, 0, want)
	}
	g := &goScanner{src: src, toks: lexGo(src, (*ps)[:0])}
	g.consts = knowledge.Default().Constants(knowledge.EcoGo)
	g.readImports()
	g.walk()
	if cap(g.toks) <= 1<<20 {
		*ps = g.toks[:0]
		goGtokPool.Put(ps)
	}
	return g.out
}

func (g *goScanner) text(i int) []byte {
	if i < 0 || i >= len(g.toks) {
		return nil
	}
	t := g.toks[i]
	return g.src[t.off:t.end]
}

func (g *goScanner) tok(i int) gotoken.Token {
	if i < 0 || i >= len(g.toks) {
		return gotoken.ILLEGAL
	}
	return g.toks[i].tok
}

// goImport is one import spec.
type goImport struct {
	name string // explicit name ("" if none, "." for dot, "_" for blank)
	path string
	off  int // byte offsets of the spec's path token
	end  int
}

type goImports struct {
	specs    []goImport
	pkgEnd   int // end of the package clause (after its name), -1 if none
	declEnds []int
	block    [2]int // byte offsets of the first parenthesized block's "(" and ")", -1 if none
	any      bool   // at least one import declaration
}

// parseGoImports reads the package clause and the import declarations that
// follow it.
func parseGoImports(src []byte, toks []gtok) goImports {
	im := goImports{pkgEnd: -1, block: [2]int{-1, -1}}
	i := 0
	at := func(k int) gotoken.Token {
		if k < len(toks) {
			return toks[k].tok
		}
		return gotoken.EOF
	}
	if at(0) == gotoken.PACKAGE && at(1) == gotoken.IDENT {
		im.pkgEnd = int(toks[1].end)
		i = 2
		if at(i) == gotoken.SEMICOLON {
			i++
		}
	}
	spec := func() bool {
		name := ""
		switch at(i) {
		case gotoken.IDENT, gotoken.PERIOD:
			name = string(src[toks[i].off:toks[i].end])
			i++
		}
		if at(i) != gotoken.STRING {
			return false
		}
		p, err := strconv.Unquote(string(src[toks[i].off:toks[i].end]))
		if err != nil {
			p = strings.Trim(string(src[toks[i].off:toks[i].end]), "\"`")
		}
		im.specs = append(im.specs, goImport{name, p, int(toks[i].off), int(toks[i].end)})
		i++
		return true
	}
	for at(i) == gotoken.IMPORT {
		im.any = true
		i++
		if at(i) == gotoken.LPAREN {
			if im.block[0] < 0 {
				im.block[0] = int(toks[i].off)
			}
			i++
			for at(i) != gotoken.RPAREN && at(i) != gotoken.EOF {
				if !spec() {
					i++
				}
				if at(i) == gotoken.SEMICOLON {
					i++
				}
			}
			if at(i) == gotoken.RPAREN {
				if im.block[1] < 0 {
					im.block[1] = int(toks[i].off)
				}
				im.declEnds = append(im.declEnds, int(toks[i].end))
				i++
			}
		} else {
			spec()
			im.declEnds = append(im.declEnds, int(toks[i-1].end))
		}
		if at(i) == gotoken.SEMICOLON {
			i++
		}
	}
	return im
}

func (g *goScanner) readImports() {
	im := parseGoImports(g.src, g.toks)
	g.pkgs = map[string]goPkg{}
	if !im.any {
		// A snippet or a file without imports: assume the usual names.
		g.httpFile = true
		g.pkgs["http"] = pkgHTTP | pkgConsts
		g.pkgs["fiber"] = pkgConsts | pkgFiber
		g.pkgs["echo"] = pkgEcho
		g.pkgs["render"] = pkgRender
		return
	}
	for _, s := range im.specs {
		kind, name := goPackageOf(s.path)
		if !g.httpFile {
			for _, m := range goHTTPImportMarks {
				if strings.Contains(s.path, m) {
					g.httpFile = true
					break
				}
			}
		}
		switch s.name {
		case "_":
			continue
		case ".":
			g.dotPkgs |= kind
			continue
		case "":
		default:
			name = s.name
		}
		g.pkgs[name] |= kind
	}
}

// goHTTPImportMarks are import path fragments that make a file HTTP code.
var goHTTPImportMarks = []string{"http", "gin-gonic", "labstack/echo", "gofiber", "go-chi", "gorilla",
	"kataras/iris", "resty", "gock", "beego", "huma", "grpc-gateway"}

// GoHTTPImport reports the identifier under which net/http is visible in a Go
// file: "http", an alias, or "." for a dot import. When the file does not
// import net/http, imported is false and name is the identifier a new import
// would use ("http", or "nethttp" when another import already takes "http").
func GoHTTPImport(src []byte) (name string, imported bool) {
	if len(src) > maxGoSource {
		return "http", false
	}
	im := parseGoImports(src, lexGo(src, nil))
	return goHTTPImportName(im)
}

func goHTTPImportName(im goImports) (string, bool) {
	taken := false
	for _, s := range im.specs {
		if s.path == "net/http" && s.name != "_" {
			if s.name != "" {
				return s.name, true
			}
			return "http", true
		}
		_, def := goPackageOf(s.path)
		if s.name == "http" || (s.name == "" && def == "http") {
			taken = true
		}
	}
	if taken {
		return "nethttp", false
	}
	return "http", false
}

// GoImportInsertion says where to insert an import of net/http into a Go file
// and what to insert: inside the first parenthesized import block (in sorted
// position among the standard library imports), after a lone import
// declaration, or after the package clause. When net/http is already
// imported it returns (-1, "").
func GoImportInsertion(src []byte) (offset int, text string) {
	if len(src) > maxGoSource {
		return -1, ""
	}
	im := parseGoImports(src, lexGo(src, nil))
	name, imported := goHTTPImportName(im)
	if imported {
		return -1, ""
	}
	spec := `"net/http"`
	if name != "http" {
		spec = name + " " + spec
	}
	if im.block[0] >= 0 && im.block[1] >= 0 {
		// Inside the block: before the first standard-library path that sorts
		// after net/http, else after the last standard-library path, else at
		// the top of the block.
		var after, before = -1, -1
		for _, s := range im.specs {
			if s.off < im.block[0] || s.off > im.block[1] || strings.Contains(goFirstElem(s.path), ".") {
				continue
			}
			if s.path > "net/http" {
				if before < 0 {
					before = s.off
				}
			} else {
				after = s.end
			}
		}
		switch {
		case before >= 0:
			ls := goLineStart(src, before)
			if ls <= im.block[0] { // import ("fmt"; "os") on one line
				return before, spec + "; "
			}
			return ls, string(goIndentOf(src, ls)) + spec + "\n"
		case after >= 0:
			le := goLineEnd(src, after)
			if le > im.block[1] {
				return after, "; " + spec
			}
			ls := goLineStart(src, after)
			return le, "\n" + string(goIndentOf(src, ls)) + spec
		default:
			le := goLineEnd(src, im.block[0])
			if le > im.block[1] { // import ()
				return im.block[0] + 1, spec
			}
			return le, "\n\t" + spec
		}
	}
	if n := len(im.declEnds); n > 0 {
		return goLineEnd(src, im.declEnds[n-1]), "\nimport " + spec
	}
	if im.pkgEnd >= 0 {
		return goLineEnd(src, im.pkgEnd), "\n\nimport " + spec
	}
	return 0, "import " + spec + "\n\n"
}

func goFirstElem(p string) string {
	if i := strings.IndexByte(p, '/'); i >= 0 {
		return p[:i]
	}
	return p
}

func goLineStart(src []byte, off int) int {
	if i := bytes.LastIndexByte(src[:off], '\n'); i >= 0 {
		return i + 1
	}
	return 0
}

// goLineEnd returns the offset of the end of the line holding off (before its
// newline, or before a trailing line comment's newline).
func goLineEnd(src []byte, off int) int {
	if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
		e := off + i
		if e > off && src[e-1] == '\r' {
			e--
		}
		return e
	}
	return len(src)
}

func goIndentOf(src []byte, ls int) []byte {
	e := ls
	for e < len(src) && (src[e] == ' ' || src[e] == '\t') {
		e++
	}
	return src[ls:e]
}

// walk visits every token once, keeping the bracket stack.
func (g *goScanner) walk() {
	g.funcTok, g.swTok = -1, -1
	toks := g.toks
	for i := 0; i < len(toks); i++ {
		switch toks[i].tok {
		case gotoken.INT:
			g.literal(i)
		case gotoken.IDENT:
			g.ident(i)
		case gotoken.FUNC:
			// A func keyword inside a pending signature is a func type:
			// it has no body, so the outer one stays pending.
			if d := len(g.stack) + g.over; g.funcTok < 0 || d <= g.funcDepth {
				g.funcTok = int32(i)
				g.funcDepth = d
				g.funcName = -1
				if g.tok(i+1) == gotoken.IDENT {
					g.funcName = int32(i + 1)
				}
				// For a method, func (r T) Name(, the name is found when
				// the receiver's paren closes.
			}
		case gotoken.SEMICOLON:
			if g.expectStrength > 0 && len(g.stack) <= g.expectDepth {
				g.expectStrength = 0
			}
			if g.funcTok >= 0 && len(g.stack)+g.over <= g.funcDepth {
				g.funcTok = -1 // a func type without a body
			}
		case gotoken.SWITCH:
			g.swTok = int32(i)
			g.swDepth = len(g.stack) + g.over
		case gotoken.LPAREN:
			g.openParen(i)
		case gotoken.LBRACK:
			g.push(gframe{open: gotoken.LBRACK, callee: -1, qual: -1, first: -1, funcName: -1})
		case gotoken.LBRACE:
			g.openBrace(i)
		case gotoken.RPAREN:
			if top := g.top(); top != nil && top.open == gotoken.LPAREN {
				if top.assert {
					g.assertArgEnd(top, i)
				}
				g.closeParen(i)
				// func (recv T) Name( : the method's name follows the receiver.
				if g.funcTok >= 0 && g.funcName < 0 && len(g.stack)+g.over == g.funcDepth && g.tok(i+1) == gotoken.IDENT && g.tok(i+2) == gotoken.LPAREN && int(g.funcTok) == g.openerOf(i) {
					g.funcName = int32(i + 1)
				}
			} else {
				g.pop(gotoken.LPAREN)
			}
		case gotoken.RBRACK:
			g.pop(gotoken.LBRACK)
		case gotoken.RBRACE:
			g.pop(gotoken.LBRACE)
			if len(g.stack) < g.expectDepth {
				g.expectStrength = 0
			}
		case gotoken.COMMA:
			if top := g.top(); top != nil && top.open == gotoken.LPAREN {
				if top.assert {
					g.assertArgEnd(top, i)
				}
				top.arg++
			} else if top != nil && top.isRow {
				top.arg++
			}
		case gotoken.CASE:
			if top := g.top(); top != nil && top.open == gotoken.LBRACE && top.isSwitch {
				top.inCase = true
			}
		case gotoken.COLON:
			if top := g.top(); top != nil && top.open == gotoken.LBRACE && top.inCase {
				top.inCase = false
			}
		}
	}
	// Unclosed assertion calls at EOF: their numbers stay unconfirmed.
}

// openerOf returns the index of the `func` keyword when the token before the
// receiver list at i's matching "(" is `func` (cheap check: walk back to it).
func (g *goScanner) openerOf(rparen int) int {
	depth := 0
	for j := rparen; j >= 0 && rparen-j < 64; j-- {
		switch g.toks[j].tok {
		case gotoken.RPAREN:
			depth++
		case gotoken.LPAREN:
			depth--
			if depth == 0 {
				return j - 1
			}
		}
	}
	return -2
}

func (g *goScanner) top() *gframe {
	if g.over > 0 || len(g.stack) == 0 {
		return nil
	}
	return &g.stack[len(g.stack)-1]
}

func (g *goScanner) push(f gframe) {
	if len(g.stack) >= maxGoDepth || g.over > 0 {
		g.over++
		return
	}
	g.stack = append(g.stack, f)
}

func (g *goScanner) pop(open gotoken.Token) {
	if g.over > 0 {
		g.over--
		return
	}
	if n := len(g.stack); n > 0 && g.stack[n-1].open == open {
		g.stack = g.stack[:n-1]
	}
}

func (g *goScanner) openParen(i int) {
	f := gframe{open: gotoken.LPAREN, callee: -1, qual: -1, first: -1, funcName: -1}
	if g.tok(i-1) == gotoken.IDENT && g.tok(i-2) != gotoken.FUNC {
		f.callee = int32(i - 1)
		if g.tok(i-2) == gotoken.PERIOD {
			if g.tok(i-3) == gotoken.IDENT {
				f.qual = int32(i - 3)
			} else {
				f.qual = -2 // a method on an expression: x().Name(
			}
		}
		if g.tok(i+1) == gotoken.IDENT && (g.tok(i+2) == gotoken.COMMA || g.tok(i+2) == gotoken.RPAREN) {
			f.first = int32(i + 1)
		}
		name := g.text(i - 1)
		if len(name) > 0 && goAssertStart[name[0]] && goAsserts[string(name)] {
			f.assert = true
			f.pendStart = int32(len(g.pend))
		}
	}
	g.push(f)
}

func (g *goScanner) closeParen(i int) {
	f := g.stack[len(g.stack)-1]
	g.stack = g.stack[:len(g.stack)-1]
	if f.callee >= 0 && f.arg == 0 && goExpectCallee(g.text(int(f.callee))) {
		st, start, _ := g.operandBefore(i)
		if g.tok(start-1) != gotoken.LPAREN {
			st = 0
		}
		g.expectStrength, g.expectDepth = st, len(g.stack)
	}
	if !f.assert {
		return
	}
	strength := f.strength
	if g.expectStrength > strength && len(g.stack) >= g.expectDepth {
		strength = g.expectStrength
	}
	ps := int(f.pendStart)
	if ps > len(g.pend) {
		ps = len(g.pend)
	}
	for _, o := range g.pend[ps:] {
		if g.accept(o.Code, strength, true) {
			g.out = append(g.out, o)
		}
	}
	g.pend = g.pend[:ps]
}

func goExpectCallee(name []byte) bool {
	return len(name) > 0 && (name[0] == 'E' || name[0] == 'C' || name[0] >= 0x80) && goExpects[string(name)]
}

func (g *goScanner) openBrace(i int) {
	f := gframe{open: gotoken.LBRACE, callee: -1, qual: -1, first: -1, funcName: -1, rowField: -1}
	if top := g.top(); top != nil && top.open == gotoken.LBRACE && top.rowField >= 0 && !top.isRow {
		if p := g.tok(i - 1); p == gotoken.LBRACE || p == gotoken.COMMA || p == gotoken.SEMICOLON {
			f.isRow, f.rowField, f.strength = true, top.rowField, top.strength
		}
	} else if g.tok(i-1) == gotoken.RBRACE {
		f.rowField, f.strength = g.tableField(i - 1)
	}
	depth := len(g.stack) + g.over
	if g.funcTok >= 0 && depth == g.funcDepth {
		if p := g.tok(i - 1); p != gotoken.STRUCT && p != gotoken.INTERFACE {
			// The body of the pending func (struct{ and interface{ are
			// part of its signature).
			f.isFunc = true
			f.funcName = g.funcName
			g.funcTok = -1
		}
	}
	if st := g.listStrength(i); st > 0 {
		f.isList = true
		f.strength = st
	}
	if g.swTok >= 0 && depth == g.swDepth {
		f.isSwitch = true
		g.swTok = -1
		if s, start, _ := g.operandBefore(i); s > 0 {
			if b := g.tok(start - 1); b == gotoken.SWITCH || b == gotoken.SEMICOLON {
				f.strength = s
			}
		}
	}
	g.push(f)
}

// listStrength recognizes the brace at i as opening a literal of integers
// (or a map keyed by integers) that a status-named variable or field
// receives: okStatuses := []int{200, 204}, retryable = map[int]bool{...},
// Statuses: []int{429, 503}. It returns the name's status-strength.
func (g *goScanner) listStrength(i int) int8 {
	j := i - 1
	sawInt := false
	for steps := 0; steps < 10 && j >= 0; steps++ {
		switch g.tok(j) {
		case gotoken.IDENT:
			t := g.text(j)
			if bytes.HasPrefix(t, []byte("int")) || bytes.HasPrefix(t, []byte("uint")) {
				// map[int]V: only the key type counts
				if g.tok(j-1) == gotoken.LBRACK && g.tok(j-2) == gotoken.MAP || g.tok(j-1) == gotoken.RBRACK {
					sawInt = true
				}
			}
			j--
			continue
		case gotoken.LBRACK, gotoken.RBRACK, gotoken.MAP, gotoken.ELLIPSIS, gotoken.INT, gotoken.PERIOD, gotoken.MUL:
			j--
			continue
		}
		break
	}
	if !sawInt {
		return 0
	}
	switch g.tok(j) {
	case gotoken.RANGE:
		// for _, code := range []int{301, 308}
		if t := g.tok(j - 1); (t == gotoken.DEFINE || t == gotoken.ASSIGN) && g.tok(j-2) == gotoken.IDENT {
			return goNameStrength(g.text(j-2), nil)
		}
	case gotoken.ASSIGN, gotoken.DEFINE:
		st, start, _ := g.operandBefore(j)
		if st > 0 && goIsStmtStart(g.tok(start-1)) {
			return st
		}
	case gotoken.COLON:
		if g.tok(j-1) == gotoken.IDENT {
			if b := g.tok(j - 2); b == gotoken.LBRACE || b == gotoken.COMMA {
				return goNameStrength(g.text(j-1), nil)
			}
		}
	}
	return 0
}

// goAcceptValue says whether a number counts given the strength of its
// context: strong contexts take any integer (but in a comparison, an
// assignment or an assertion 0 is a zero-value check and one- or two-digit
// values are a record's ordinal state: result.Code == 1, job.StatusCode = 3),
// weak ones only 100-599.
func (g *goScanner) accept(v int, strength int8, loose bool) bool {
	if strength == 1 && !g.httpFile {
		return false
	}
	return goAcceptValue(v, strength, loose)
}

func goAcceptValue(v int, strength int8, loose bool) bool {
	switch strength {
	case 2:
		return !loose || v >= 100
	case 1:
		return v >= 100 && v <= 599
	}
	return false
}

// goDecimal parses a decimal Go integer literal of at most six digits; hex,
// octal, binary, underscores and overlong numbers are refused.
func goDecimal(b []byte) (int, bool) {
	if len(b) > 6 {
		return 0, false
	}
	return decInt(b)
}

func goIsCmp(t gotoken.Token) bool {
	switch t {
	case gotoken.EQL, gotoken.NEQ, gotoken.LSS, gotoken.GTR, gotoken.LEQ, gotoken.GEQ:
		return true
	}
	return false
}

func goCmpRole(t gotoken.Token) Role {
	if t == gotoken.EQL || t == gotoken.NEQ {
		return RoleCompare
	}
	return RoleRange
}

// goIsArith reports operators that make a neighbouring number part of a
// computation rather than a value of its own.
func goIsArith(t gotoken.Token) bool {
	switch t {
	case gotoken.ADD, gotoken.SUB, gotoken.MUL, gotoken.QUO, gotoken.REM, gotoken.AND, gotoken.OR,
		gotoken.XOR, gotoken.SHL, gotoken.SHR, gotoken.AND_NOT, gotoken.PERIOD, gotoken.ARROW, gotoken.NOT:
		return true
	}
	return false
}

// goCtxResult is what the surroundings of an operand say.
type goCtxResult struct {
	role     Role
	name     string
	strength int8 // 0: no status context; 1: weak; 2: strong
	loose    bool // a comparison or assignment: 0 is not a status there
	pending  bool // inside an equality assertion: decided when the call closes
	known    bool // a structural context was found (roles for constants)
}

// context classifies the operand spanning tokens [s, e] (inclusive).
func (g *goScanner) context(s, e int) goCtxResult {
	prev, next := g.tok(s-1), g.tok(e+1)
	top := g.top()

	// Call arguments.
	if (prev == gotoken.LPAREN || prev == gotoken.COMMA) && (next == gotoken.RPAREN || next == gotoken.COMMA) && top != nil && top.open == gotoken.LPAREN && top.callee >= 0 {
		if r, ok := g.callContext(top); ok {
			return r
		}
		if top.assert {
			name := string(g.text(int(top.callee)))
			role := RoleCompare
			if name == "BeNumerically" {
				role = RoleRange
			}
			return goCtxResult{role: role, name: name, pending: true, known: true}
		}
		if r, ok := g.helperContext(top); ok {
			return r
		}
	}
	// A positional row of a test table: []struct{name string; code int}{{"ok", 200}}.
	if top != nil && top.isRow && int(top.arg) == int(top.rowField) && (prev == gotoken.LBRACE || prev == gotoken.COMMA) &&
		(next == gotoken.COMMA || next == gotoken.RBRACE || next == gotoken.SEMICOLON) {
		return goCtxResult{role: RoleCompare, name: "table", strength: top.strength, loose: true, known: true}
	}
	// Elements and keys of a status list or map: {200, 204}, {429: true}.
	if top != nil && top.isList && (prev == gotoken.LBRACE || prev == gotoken.COMMA) {
		switch next {
		case gotoken.COMMA, gotoken.RBRACE, gotoken.SEMICOLON, gotoken.COLON:
			return goCtxResult{role: RoleCompare, name: "list", strength: top.strength, loose: true, known: true}
		}
	}
	// got, want := rr.Code, 404
	if prev == gotoken.COMMA && (next == gotoken.SEMICOLON || next == gotoken.RBRACE) {
		st, start, _ := g.operandBefore(s - 1)
		if b := g.tok(start - 1); st > 0 && (b == gotoken.DEFINE || b == gotoken.ASSIGN) &&
			g.tok(start-2) == gotoken.IDENT && g.tok(start-3) == gotoken.COMMA && g.tok(start-4) == gotoken.IDENT {
			return goCtxResult{role: RoleCompare, name: "got-want", strength: st, loose: true, known: true}
		}
	}
	// Comparisons: x == 404, 404 == x, x >= 500.
	if goIsCmp(prev) && !goIsArith(next) && next != gotoken.LPAREN && next != gotoken.LBRACK {
		st, start, _ := g.operandBefore(s - 1)
		if st > 0 && !goIsArith(g.tok(start-1)) {
			return goCtxResult{role: goCmpRole(prev), name: "compare", strength: st, loose: true, known: true}
		}
		return goCtxResult{role: goCmpRole(prev), name: "compare", known: true}
	}
	if goIsCmp(next) && !goIsArith(prev) {
		st, end, _ := g.operandAfter(e + 2)
		if st > 0 && !goIsArith(g.tok(end+1)) && g.tok(end+1) != gotoken.LPAREN {
			return goCtxResult{role: goCmpRole(next), name: "compare", strength: st, loose: true, known: true}
		}
		return goCtxResult{role: goCmpRole(next), name: "compare", known: true}
	}
	// case 404, 410: in a switch on a status.
	if (prev == gotoken.CASE || prev == gotoken.COMMA) && (next == gotoken.COLON || next == gotoken.COMMA) && top != nil && top.isSwitch && top.inCase {
		return goCtxResult{role: RoleCompare, name: "case", strength: top.strength, loose: true, known: true}
	}
	// Keyed composite literal elements: {StatusCode: 404}, {wantStatus: 404}.
	if prev == gotoken.COLON && (next == gotoken.COMMA || next == gotoken.RBRACE || next == gotoken.SEMICOLON) && top != nil && top.open == gotoken.LBRACE && !top.isSwitch {
		if b := g.tok(s - 3); b == gotoken.LBRACE || b == gotoken.COMMA {
			switch g.tok(s - 2) {
			case gotoken.IDENT:
				return goCtxResult{role: RoleStatus, name: "key", strength: goNameStrength(g.text(s-2), nil), loose: true, known: true}
			case gotoken.STRING:
				return goCtxResult{role: RoleStatus, name: "key", strength: goStringKeyStrength(g.text(s - 2)), loose: true, known: true}
			}
		}
	}
	// Assignments: status = 404, rr.Code = 404, var status int = 404.
	if (prev == gotoken.ASSIGN || prev == gotoken.DEFINE) && (next == gotoken.SEMICOLON || next == gotoken.RBRACE || next == gotoken.RPAREN) {
		st, start, _ := g.operandBefore(s - 1)
		if st > 0 && goIsStmtStart(g.tok(start-1)) {
			return goCtxResult{role: RoleStatus, name: "assign", strength: st, loose: true, known: true}
		}
		// var status int = 404
		if g.tok(s-2) == gotoken.IDENT && g.tok(s-3) == gotoken.IDENT && goIsStmtStart(g.tok(s-4)) {
			if st := goNameStrength(g.text(s-3), nil); st > 0 {
				return goCtxResult{role: RoleStatus, name: "assign", strength: st, loose: true, known: true}
			}
		}
	}
	// return 404 from a function named like a status.
	if prev == gotoken.RETURN && (next == gotoken.SEMICOLON || next == gotoken.RBRACE || next == gotoken.COMMA) {
		for k := len(g.stack) - 1; k >= 0 && g.over == 0; k-- {
			if f := &g.stack[k]; f.isFunc {
				if f.funcName >= 0 {
					if st := goFuncStrength(g.text(int(f.funcName))); st > 0 {
						return goCtxResult{role: RoleStatus, name: "return", strength: st, loose: true, known: true}
					}
				}
				break
			}
		}
	}
	return goCtxResult{}
}

func goIsStmtStart(t gotoken.Token) bool {
	switch t {
	case gotoken.SEMICOLON, gotoken.LBRACE, gotoken.RBRACE, gotoken.COLON, gotoken.VAR, gotoken.CONST, gotoken.LPAREN, gotoken.ILLEGAL:
		return true
	}
	return false
}

// callContext looks the innermost call up in the call table.
func (g *goScanner) callContext(f *gframe) (goCtxResult, bool) {
	name := g.text(int(f.callee))
	idx, ok := goCallIndex[string(name)]
	if !ok {
		return goCtxResult{}, false
	}
	// What qualifies the callee: an imported package, a value, or nothing.
	var qkind goPkg
	var recv []byte
	switch {
	case f.qual >= 0:
		recv = g.text(int(f.qual))
		if k, ok := g.pkgs[string(recv)]; ok {
			qkind = k
		}
	case f.qual == -1:
		// A bare call: a function of a dot-imported package.
		qkind = g.dotPkgs
		if qkind == 0 {
			return goCtxResult{}, false
		}
	}
	for _, ci := range idx {
		c := &goCalls[ci]
		if int(f.arg) != c.arg {
			continue
		}
		switch c.pkg {
		case goPkgAny:
		case pkgNone:
			if qkind != 0 || f.qual == -1 {
				continue
			}
			if c.recv != nil && !goInList(recv, c.recv) {
				continue
			}
		default:
			if qkind&c.pkg == 0 {
				continue
			}
		}
		st := int8(1)
		if c.strong {
			st = 2
		}
		return goCtxResult{role: c.role, name: c.name, strength: st, known: true}, true
	}
	return goCtxResult{}, false
}

func goInList(b []byte, list []string) bool {
	for _, s := range list {
		if string(b) == s {
			return true
		}
	}
	return false
}

var (
	goWriterNames = []string{"w", "rw", "wr", "writer", "resp", "res", "rec", "c", "ctx"}
	goHelperError = [][]byte{[]byte("error"), []byte("fail"), []byte("abort"), []byte("problem")}
	goHelperWords = [][]byte{[]byte("respond"), []byte("json"), []byte("render"), []byte("reply"), []byte("status")}
	goHelperWrite = [][]byte{[]byte("write"), []byte("send")}
	goNotHelpers  = []string{"fmt", "log", "slog", "errors", "binary", "io", "bufio", "strconv", "t", "b", "tb", "logger", "zap", "logrus"}
)

// helperContext recognizes the project's own response helpers:
// respondError(w, 404, msg), writeJSON(w, 200, v), c.renderError(ctx, 500).
// The first argument must be the writer or context, the name must say what
// the call does, and only plausible codes count.
func (g *goScanner) helperContext(f *gframe) (goCtxResult, bool) {
	if f.arg < 1 || f.first < 0 || !goInList(g.text(int(f.first)), goWriterNames) {
		return goCtxResult{}, false
	}
	if f.qual >= 0 && goInList(g.text(int(f.qual)), goNotHelpers) {
		return goCtxResult{}, false
	}
	name := g.text(int(f.callee))
	if _, known := goCallIndex[string(name)]; known {
		return goCtxResult{}, false // the table decides for its own names
	}
	if len(name) == 0 || name[len(name)-1] == 'f' || len(name) > 48 {
		return goCtxResult{}, false
	}
	var lb [48]byte
	low := goLower(lb[:0], name)
	for _, w := range goHelperError {
		if bytes.Contains(low, w) {
			return goCtxResult{role: RoleError, name: "helper", strength: 1, known: true}, true
		}
	}
	for _, w := range goHelperWords {
		if bytes.Contains(low, w) {
			return goCtxResult{role: RoleStatus, name: "helper", strength: 1, known: true}, true
		}
	}
	if first := g.text(int(f.first)); string(first) == "w" || string(first) == "rw" || string(first) == "writer" {
		for _, w := range goHelperWrite {
			if bytes.Contains(low, w) {
				return goCtxResult{role: RoleStatus, name: "helper", strength: 1, known: true}, true
			}
		}
	}
	return goCtxResult{}, false
}

func goLower(dst, b []byte) []byte {
	for _, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

var goRecorderNames = []string{"rr", "rec", "recorder", "w", "resp", "res", "response", "rw", "rsp", "httpResp", "httpRes", "result", "wr"}

var goCodePrefixes = []string{"http", "want", "wanted", "expected", "expect", "exp", "got", "resp", "response", "res", "ret", "return", "actual", "status", "rsp", "result"}

// goNameStrength says how surely a name holds an HTTP status: 2 for names that
// say so (StatusCode, httpStatus, rr.Code), 1 for names that usually do
// (status, code, wantCode), 0 otherwise.
func goNameStrength(name, recv []byte) int8 {
	if len(name) == 0 || len(name) > 48 {
		return 0
	}
	var lb [48]byte
	l := goLower(lb[:0], name)
	// The status word must end the name: statusCheckInterval, statusMu
	// and statusText hold other things. Plurals name lists of statuses.
	if bytes.HasSuffix(l, []byte("es")) && bytes.HasSuffix(l[:len(l)-2], []byte("status")) {
		l = l[:len(l)-2] // statuses
	} else if bytes.HasSuffix(l, []byte("codes")) {
		l = l[:len(l)-1]
	}
	switch {
	case bytes.HasSuffix(l, []byte("statuscode")), bytes.HasSuffix(l, []byte("status_code")),
		bytes.HasSuffix(l, []byte("httpstatus")), bytes.HasSuffix(l, []byte("http_status")):
		return 2
	case string(l) == "code":
		if recv != nil && goInList(recv, goRecorderNames) {
			return 2
		}
		return 1
	case bytes.HasSuffix(l, []byte("status")):
		return 1
	case bytes.HasSuffix(l, []byte("code")):
		p := string(l[:len(l)-4])
		p = strings.TrimSuffix(p, "_")
		for _, q := range goCodePrefixes {
			if p == q {
				return 1
			}
		}
	}
	return 0
}

// goFuncStrength rates a function's name for its return values: a status
// word anywhere counts (statusFor, httpStatusFromGRPC, StatusCode).
func goFuncStrength(name []byte) int8 {
	if st := goNameStrength(name, nil); st > 0 || len(name) > 48 {
		return st
	}
	var lb [48]byte
	l := goLower(lb[:0], name)
	switch {
	case bytes.Contains(l, []byte("statuscode")), bytes.Contains(l, []byte("httpstatus")):
		return 2
	case bytes.Contains(l, []byte("status")):
		return 1
	}
	return 0
}

// goStringKeyStrength: map keys such as "status": 404 in a response body.
func goStringKeyStrength(lit []byte) int8 {
	if len(lit) < 2 {
		return 0
	}
	switch string(lit[1 : len(lit)-1]) {
	case "status", "statusCode", "status_code", "httpStatus", "http_status":
		return 1
	}
	return 0
}

// operandBefore reads the simple operand ending just before token k: a chain
// of names with selectors, empty calls and simple indexes (resp.StatusCode,
// w.Result().StatusCode, tc.want.status, status). It returns its
// status-strength, the index of its first token and of its last name.
func (g *goScanner) operandBefore(k int) (int8, int, int) {
	j := k - 1
	last, recv := -1, -1
	for steps := 0; steps < 12 && j >= 0; steps++ {
		switch g.tok(j) {
		case gotoken.RPAREN:
			if g.tok(j-1) != gotoken.LPAREN {
				return 0, j, -1
			}
			j -= 2
			continue
		case gotoken.RBRACK:
			if (g.tok(j-1) == gotoken.IDENT || g.tok(j-1) == gotoken.INT) && g.tok(j-2) == gotoken.LBRACK {
				j -= 3
				continue
			}
			return 0, j, -1
		case gotoken.IDENT:
			if last < 0 {
				last = j
			} else if recv < 0 {
				recv = j
			}
			if g.tok(j-1) == gotoken.PERIOD {
				j -= 2
				continue
			}
			if last < 0 {
				return 0, j, -1
			}
			return goNameStrength(g.text(last), g.text(recv)), j, last
		default:
			return 0, j + 1, -1
		}
	}
	return 0, j + 1, -1
}

// operandAfter reads the simple operand starting at token k; it returns its
// status-strength, the index of its last token and of its last name.
func (g *goScanner) operandAfter(k int) (int8, int, int) {
	if g.tok(k) != gotoken.IDENT {
		return 0, k, -1
	}
	last, prevName := k, -1
	j := k
	for steps := 0; steps < 12; steps++ {
		switch {
		case g.tok(j+1) == gotoken.PERIOD && g.tok(j+2) == gotoken.IDENT:
			prevName = last
			last = j + 2
			j += 2
		case g.tok(j+1) == gotoken.LPAREN && g.tok(j+2) == gotoken.RPAREN:
			j += 2
		case g.tok(j+1) == gotoken.LBRACK && (g.tok(j+2) == gotoken.IDENT || g.tok(j+2) == gotoken.INT) && g.tok(j+3) == gotoken.RBRACK:
			j += 3
		default:
			return goNameStrength(g.text(last), g.text(prevName)), j, last
		}
	}
	return 0, j, -1
}

// assertArgEnd notes, at the end of an assertion's argument, whether the
// argument was a status-named operand.
func (g *goScanner) assertArgEnd(f *gframe, k int) {
	st, start, _ := g.operandBefore(k)
	if st > f.strength {
		if b := g.tok(start - 1); b == gotoken.LPAREN || b == gotoken.COMMA {
			f.strength = st
		}
	}
	// A status constant as an argument makes the other number a status too.
	if f.strength < 2 && g.tok(k-1) == gotoken.IDENT {
		if _, ok := g.constantAt(k - 1); ok {
			f.strength = 2
		}
	}
}

// constantAt reports whether the identifier at i is the name of a status
// constant of a package the file imports (http.StatusNotFound, or
// StatusNotFound under a dot import), with the index of the operand's first
// gotoken.
func (g *goScanner) constantAt(i int) (int, bool) {
	name := g.text(i)
	if len(name) < 7 || string(name[:6]) != "Status" {
		return 0, false
	}
	if g.tok(i-1) == gotoken.PERIOD {
		if g.tok(i-2) != gotoken.IDENT || g.tok(i-3) == gotoken.PERIOD {
			return 0, false
		}
		if g.pkgs[string(g.text(i-2))]&pkgConsts == 0 {
			return 0, false
		}
		if _, ok := g.consts[string(name)]; !ok {
			return 0, false
		}
		return i - 2, true
	}
	if g.dotPkgs&pkgConsts == 0 {
		return 0, false
	}
	if _, ok := g.consts[string(name)]; !ok {
		return 0, false
	}
	// Not a declaration or a field: StatusOK = 200, x.StatusOK, StatusOK: 1.
	if t := g.tok(i + 1); t == gotoken.ASSIGN || t == gotoken.DEFINE {
		return 0, false
	}
	return i, true
}

func (g *goScanner) ident(i int) {
	start, ok := g.constantAt(i)
	if !ok {
		return
	}
	st, ok := g.consts[string(g.text(i))]
	if !ok {
		return
	}
	c := g.context(start, i)
	role := RoleStatus
	ctx := "constant"
	if c.known {
		role = c.role
		ctx = c.name
	}
	t := g.toks[i]
	g.out = append(g.out, Occurrence{
		Start: int(t.off), End: int(t.end), Code: st.Code, Kind: Constant, Role: role,
		Context: ctx, Ecosystem: knowledge.EcoGo, Name: goConstName(st, g.text(i)),
	})
}

// goConstName returns the catalog's own copy of a constant's name, so that
// reporting a constant does not allocate.
func goConstName(st *knowledge.Status, name []byte) string {
	for _, n := range st.Constants[knowledge.EcoGo] {
		if n == string(name) {
			return n
		}
	}
	return string(name)
}

func (g *goScanner) literal(i int) {
	v, ok := goDecimal(g.text(i))
	if !ok {
		return
	}
	c := g.context(i, i)
	t := g.toks[i]
	o := Occurrence{Start: int(t.off), End: int(t.end), Code: v, Kind: Literal, Role: c.role, Context: c.name}
	if c.pending {
		g.pend = append(g.pend, o)
		return
	}
	if c.strength == 1 && c.loose && c.role != RoleRange && !goKnownState(v) {
		return
	}
	if g.accept(v, c.strength, c.loose) {
		g.out = append(g.out, o)
	}
}

// goKnownState: a weakly named status compared with or set to a value
// (order.Status = 300, status == 144 of a MIDI byte) counts only when the
// value is a code the catalog knows that application code plausibly sets:
// 1xx and 300 are a record's states far more often than responses.
func goKnownState(v int) bool {
	if v < 200 || v == 300 {
		return false
	}
	_, ok := knowledge.Default().Lookup(v)
	return ok
}

// GoStatusPosition reports whether a number typed at byte offset off of a Go
// file (the cursor after any digits already typed, as in
// "w.WriteHeader(4|") sits in a status position, and with which role. It is
// meant for completion: it probes the scanner with a complete code in place
// of the partial one, closing the call when the line ends there.
func GoStatusPosition(src []byte, off int) (Role, bool) {
	if off < 0 || off > len(src) || len(src) > maxGoSource-16 {
		return 0, false
	}
	start := off
	for start > 0 && src[start-1] >= '0' && src[start-1] <= '9' {
		start--
	}
	if start > 0 && (goIsIdentByte(src[start-1]) || src[start-1] == '.') {
		return 0, false // part of a name or a float
	}
	rest := src[off:]
	j := 0
	for j < len(rest) && (rest[j] == ' ' || rest[j] == '\t') {
		j++
	}
	closer := ""
	if j == len(rest) || rest[j] == '\n' || rest[j] == '\r' {
		closer = ")" // an unfinished call: w.WriteHeader(4
	}
	probe := make([]byte, 0, len(src)+8)
	probe = append(probe, src[:start]...)
	probe = append(probe, "200"...)
	probe = append(probe, closer...)
	probe = append(probe, rest...)
	for _, o := range scanGo(probe) {
		if o.Start == start && o.Kind == Literal {
			return o.Role, true
		}
	}
	return 0, false
}

func goIsIdentByte(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}

// tableField reads the struct type whose body closes at rbrace, as in
// []struct{ name string; code int }{...}, and returns the position of its
// status-named integer field (-1 if none) and the name's strength.
func (g *goScanner) tableField(rbrace int) (int8, int8) {
	open := -1
	for j, depth := rbrace, 0; j >= 0 && rbrace-j < 200; j-- {
		switch g.tok(j) {
		case gotoken.RBRACE:
			depth++
		case gotoken.LBRACE:
			depth--
			if depth == 0 {
				open = j
			}
		}
		if open >= 0 {
			break
		}
	}
	if open < 2 || g.tok(open-1) != gotoken.STRUCT || g.tok(open-2) != gotoken.RBRACK {
		return -1, 0
	}
	pos := 0
	for j := open + 1; j < rbrace; {
		// names: a, b
		first := j
		for g.tok(j) == gotoken.IDENT && g.tok(j+1) == gotoken.COMMA {
			j += 2
		}
		if g.tok(j) != gotoken.IDENT || j+1 >= rbrace || g.tok(j+1) == gotoken.SEMICOLON || g.tok(j+1) == gotoken.PERIOD {
			return -1, 0 // an embedded field: positions are unclear
		}
		typ := j + 1
		for k := first; k <= j; k += 2 {
			if st := goNameStrength(g.text(k), nil); st > 0 && g.tok(typ) == gotoken.IDENT && bytes.HasPrefix(g.text(typ), []byte("int")) {
				if pos > 126 {
					return -1, 0
				}
				return int8(pos), st
			}
			pos++
		}
		// skip the type to the end of the field
		depth := 0
		for j = typ; j < rbrace; j++ {
			switch g.tok(j) {
			case gotoken.LBRACE, gotoken.LPAREN, gotoken.LBRACK:
				depth++
			case gotoken.RBRACE, gotoken.RPAREN, gotoken.RBRACK:
				depth--
			}
			if depth == 0 && g.tok(j) == gotoken.SEMICOLON {
				j++
				break
			}
		}
	}
	return -1, 0
}
