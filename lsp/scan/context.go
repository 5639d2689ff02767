package scan

import (
	"sort"
	"strings"
	"sync"
	"unsafe"

	"httpstatus-lsp/knowledge"
)

// The shared context engine of the non-Go languages. A language is a
// langSpec: its lexer configuration, a table of call shapes (which argument
// of which call holds a status, and what the call does with it), the
// qualifiers of its status constants, and a few switches for forms only
// some languages have (Flask return tuples, Ruby paren-less commands). The
// engine looks at each candidate token (an integer, a quoted code, a
// constant, a Ruby symbol) and asks its neighbours whether it sits in a
// status context: a comparison or assignment against a status-named thing,
// a switch arm over one, an assertion about one, or a status argument of a
// known call. Everything else stays silent.

// shape is one call whose argument holds a status.
type shape struct {
	name string // callee: function, method or constructor name as written
	recv string // "" any; "." method calls only; "-" bare calls only; "A|B": receiver named A or B (case-insensitive)
	arg  int    // positional argument index, -1 for any
	kw   string // keyword or named argument (status=, statusCode:, {status: _} option objects)
	role Role
	str  bool // string arguments that start with a code count ("404 Not Found", "HTTP/1.1 404 ...")
	cmd  bool // Ruby: also as a paren-less command (head 404)
	weak bool // only plausible codes (100-599) count: the name is also used for other things
}

// qualifier maps a constant's qualifier to the catalog ecosystem.
type qualifier struct {
	name  string // as written before the separator ("HttpStatus"); suffix match if it starts with '*'
	eco   string
	outer string // if set, the qualifier itself must be qualified by this name (requests.codes)
}

// bareConst: constants usable without qualifier after a static import.
type bareConst struct {
	prefix string // name prefix that makes it unmistakable ("HTTP_", "SC_")
	eco    string
}

type langSpec struct {
	lang     Language
	lex      lexConfig
	shapes   []shape
	quals    []qualifier
	bare     []bareConst
	seps     []string // member separators: ".", "::", "->"
	sepSet   opSet
	imports  func(e *engine) // fills e.alias from the file's imports
	pyTuple  bool            // Flask-style `return body, 404`
	commands bool            // Ruby paren-less calls
	symbols  string          // ecosystem of :symbols (Ruby)

	byName    map[string][]shape
	bareFirst [256]bool  // first bytes of the bare prefixes (all true if one is empty)
	byFilter  nameFilter // prefilter of byName's keys
}

// shapesOf returns the shapes whose callee is name.
func (s *langSpec) shapesOf(name string) []shape {
	if !s.byFilter.maybe(name) {
		return nil
	}
	return s.byName[name]
}

func (s *langSpec) init() *langSpec {
	s.byName = map[string][]shape{}
	for _, sh := range s.shapes {
		s.byName[sh.name] = append(s.byName[sh.name], sh)
		s.byFilter.add(sh.name)
	}
	for _, b := range s.bare {
		if b.prefix == "" {
			for c := range s.bareFirst {
				s.bareFirst[c] = true
			}
			continue
		}
		s.bareFirst[b.prefix[0]] = true
	}
	if s.seps == nil {
		s.seps = []string{".", "?."}
	}
	for _, sep := range s.seps {
		s.sepSet = s.sepSet.union(mkSet(sepOps[sep]))
	}
	return s
}

// register installs a language's scanner.
func register(s *langSpec) {
	s.init()
	scanners[s.lang] = func(src []byte) []Occurrence { return scanSpec(s, src) }
}

type engine struct {
	src   []byte
	toks  []token
	spec  *langSpec
	alias map[string]string // local qualifier name -> ecosystem
	cat   *knowledge.Catalog
	out   []Occurrence

	switchCache     map[int32]int8 // brace index -> subject strength (-1: not a switch)
	caseSubject     map[int32]int8 // Python case / Ruby when keyword -> subject strength
	defs            []pyDef        // Python: function definitions, in order
	interned        map[string]string
	statusVars      map[string]bool // locals holding a status (see findStatusVars)
	statusVarFilter nameFilter      // prefilter of statusVars' keys

	bareStatus   bool              // the subject that matched last is a plain `status` of no response-like receiver
	subjResp     bool              // the subject that matched last belongs to a response (res.statusCode, response.getStatus())
	bareCode     bool              // that plain subject is an error's `code` (err.code), which other protocols use too
	statusParams map[string]uint32 // functions defined here -> bit set of their status-named parameters
	calleeMemo   int               // calleeOf's last argument +1 (0: none)
	calleeLast   call              // and its answer
	calleeOK     bool
	paramFilter  nameFilter // prefilter of statusParams' keys
	listFrame    int32      // the last collection frame statusList judged (+1; 0: none)
	listStr      int8       // and its verdict
	listBare     bool       // and whether its name is a plain STATUS / statuses
}

func scanSpec(spec *langSpec, src []byte) []Occurrence {
	e := &engine{src: src, spec: spec, alias: map[string]string{}}
	var buf []token
	if p, ok := tokenPool.Get().(*[]token); ok {
		buf = *p
	}
	e.toks = lexInto(buf, src, &spec.lex)
	defer func() {
		if cap(e.toks) <= 1<<22 { // keep at most ~128 MB of tokens around
			t := e.toks[:0]
			tokenPool.Put(&t)
		}
	}()
	if spec.imports != nil {
		spec.imports(e)
	}
	e.cat = knowledge.Default()
	e.findStatusVars()
	e.findStatusParams()
	if spec.lang == Python || spec.lang == Ruby {
		e.prepass()
	}
	toks := e.toks
	for i := range toks {
		switch toks[i].kind {
		case tNumber:
			e.number(i)
		case tString:
			e.quotedCode(i)
		case tIdent:
			e.constant(i)
		case tSymbol:
			e.symbol(i)
		}
	}
	return e.out
}

// tokenPool recycles token slices between scans (a scan keeps no tokens).
var tokenPool sync.Pool

// ---- token helpers ----

func (e *engine) text(i int) string {
	if uint(i) >= uint(len(e.toks)) {
		return ""
	}
	t := e.toks[i]
	if t.end <= t.start {
		return ""
	}
	// a view of the source, not a copy: the source does not change during a
	// scan, and add clones whatever it keeps
	return unsafe.String(&e.src[t.start], int(t.end-t.start))
}

// is compares token i's text without allocating.
func (e *engine) is(i int, s string) bool {
	if uint(i) >= uint(len(e.toks)) {
		return false
	}
	t := e.toks[i]
	return int(t.end-t.start) == len(s) && string(e.src[t.start:t.end]) == s
}

func (e *engine) isAny(i int, set ...string) bool {
	for _, s := range set {
		if e.is(i, s) {
			return true
		}
	}
	return false
}

func (e *engine) kind(i int) tokKind {
	if uint(i) >= uint(len(e.toks)) {
		return 255
	}
	return e.toks[i].kind
}

func (e *engine) isIdent(i int) bool { return e.kind(i) == tIdent }

// op is token i's operator or keyword id (opNone outside the tokens).
func (e *engine) op(i int) uint8 {
	if uint(i) >= uint(len(e.toks)) {
		return opNone
	}
	return e.toks[i].op
}

var (
	eqSet       = mkSet(opEq, opEq3, opNe, opNe3, opLtGt)
	relSet      = mkSet(opLt, opGt, opLe, opGe)
	arithSet    = mkSet(opPlus, opMinus, opStar, opSlash, opPercent, opPow, opShl, opShr, opAmp, opCaret, opTilde, opPlusEq, opMinusEq, opStarEq, opSlashEq, opPercentEq)
	endSet      = mkSet(opSemi, opComma, opRParen, opRBrack, opRBrace, opOrOr, opAndAnd, opQQ, opQuest, kwAnd, kwOr, kwIf, kwThen, kwElse, kwDo, kwEnd, kwWhen)
	argStartSet = mkSet(opLParen, opLBrack, opComma, opOrOr, opQQ, opQuest, opElvis, kwOr, kwElse, opPipe)
	argEndSet   = mkSet(opRParen, opRBrack, opComma, opOrOr, opQQ, opColon, opElvis, kwOr, kwIf, opPipe)
	altSet      = mkSet(opOrOr, opQQ, kwOr, opElvis)
	armSepSet   = mkSet(opComma, opPipe, kwOr, opRange, opRange3, opRangeEq)
	armHeadSet  = mkSet(opLBrace, opComma, opSemi, opRBrace, opPipe, kwIn, opRange, opRangeEq)
	armTailSet  = mkSet(opArrow, opFatArrow, opComma, opPipe, kwIf, opRange, opRangeEq, opRange3)
	rangeSet    = mkSet(opRange, opRangeEq, opRange3)
	altStopSet  = mkSet(opAssign, opColon, opFatArrow, opComma, kwReturn, opSemi)
	stmtSet     = mkSet(opSemi, opLBrace, opRBrace)
	sepOps      = map[string]uint8{".": opDot, "?.": opQDot, "::": opColon2, "->": opArrow, "?->": opQArrow, "&.": opAmpDot}
)

func (e *engine) isSep(i int) bool { return e.spec.sepSet.has(e.op(i)) }

func (e *engine) content(i int) string {
	t := e.toks[i]
	cs, ce := t.cs(), t.ce()
	if ce <= cs {
		return ""
	}
	return unsafe.String(&e.src[cs], int(ce-cs))
}

// add records an occurrence. ctx must be a static label (never a view of
// the source); name is copied.
func (e *engine) add(start, end, code int, kind Kind, role Role, ctx, eco, name string) {
	if e.out == nil {
		e.out = make([]Occurrence, 0, len(e.toks)/32+8)
	}
	e.out = append(e.out, Occurrence{Start: start, End: end, Code: code, Kind: kind, Role: role,
		Context: ctx, Ecosystem: eco, Name: e.intern(name)})
}

// intern returns a copy of s that does not alias the source, one per
// distinct string and scan.
func (e *engine) intern(s string) string {
	if s == "" {
		return ""
	}
	if v, ok := e.interned[s]; ok {
		return v
	}
	if e.interned == nil {
		e.interned = map[string]string{}
	}
	v := strings.Clone(s)
	e.interned[v] = v
	return v
}

// decInt parses a plain decimal integer token (no sign, suffix, separator,
// leading zero, fraction or exponent).
func decInt(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 9 || (b[0] == '0' && len(b) > 1) {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func plausible(code int) bool { return code >= 100 && code <= 599 }

// ---- status-named things ----

const (
	weak   int8 = 1 // plain `status`, `response.code`: only plausible codes count
	strong int8 = 2 // statusCode, status_code, getStatus(), StatusCode: any integer counts
)

var strongNames = map[string]bool{
	"statuscode": true, "httpstatus": true, "httpstatuscode": true, "getstatus": true,
	"getstatuscode": true, "statusint": true, "responsecode": true, "getresponsecode": true,
	"getstatuscodevalue": true, "statuscodevalue": true, "rawstatuscode": true, "getrawstatuscode": true,
	"expectstatus": true, "responsestatus": true, "httpcode": true, "statusvalue": true,
	"wpremoteretrieveresponsecode": true, // WordPress wp_remote_retrieve_response_code($response)
}

var responseish = map[string]bool{
	"res": true, "resp": true, "response": true, "rsp": true, "reply": true, "lastresponse": true,
	"httpresponse": true, "rawresponse": true, "apiresponse": true, "result": true, "http": true,
	// HTTP errors carry the code too (urllib's HTTPError.code); only plausible codes count
	"e": true, "err": true, "error": true, "exc": true, "ex": true, "httperror": true,
}

// transparent accessors that turn a status into its number.
var transparent = map[string]bool{
	"value": true, "intValue": true, "as_u16": true, "toInt": true, "to_i": true, "Value": true,
	"code": false,
}

// normName lowercases s and drops '_', '$' and '@' into buf.
func normName(buf *[40]byte, s string) []byte {
	n := 0
	for i := 0; i < len(s) && n < len(buf); i++ {
		c := s[i]
		if c == '_' || c == '$' || c == '@' {
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return buf[:n]
}

// bufView is b as a string without a copy, for lookups and comparisons
// that end before b's buffer is reused.
func bufView(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// nameStrength rates a name as a status holder; recv is the receiver's
// name when the name is a member ("" otherwise).
func nameStrength(name, recv string) int8 {
	if len(name) > 40 {
		return 0
	}
	var buf [40]byte
	n := bufView(normName(&buf, name))
	if strongFilter.maybe(n) && strongNames[n] {
		return strong
	}
	switch n {
	case "status":
		return weak
	case "code":
		// Fastify sets reply.code(404) by a call; a reply's code property is
		// a mail or FTP server's reply (reply.code === 354)
		var rb [40]byte
		if r := bufView(normName(&rb, recv)); responseishFilter.maybe(r) && responseish[r] && r != "reply" {
			return weak
		}
	}
	return 0
}

// subjectBefore rates the expression that ends at token j.
func (e *engine) subjectBefore(j int) int8 {
	for steps := 0; j >= 0 && steps < 10; steps++ {
		var nameIdx int
		switch {
		case e.op(j) == opBang || e.op(j) == opBang2 || e.op(j) == opQuest:
			j--
			continue
		case e.op(j) == opRParen:
			o := int(e.toks[j].match)
			if o < 0 {
				return 0
			}
			if e.isIdent(o-1) && !e.isKeywordTok(o-1) {
				nameIdx = o - 1
			} else {
				j-- // grouping or cast: look inside
				continue
			}
		case e.isIdent(j):
			nameIdx = j
		default:
			return 0
		}
		name := e.text(nameIdx)
		if transparentFilter.maybe(name) && transparent[name] && e.isSep(nameIdx-1) {
			j = nameIdx - 2
			continue
		}
		recv := ""
		if e.isSep(nameIdx - 1) {
			recv = e.text(nameIdx - 2)
		}
		s := nameStrength(name, recv)
		e.subjResp = isResponseish(recv) || strings.HasSuffix(recv, "Response") || strings.HasSuffix(recv, "response")
		if s == 0 && recv == "" && nameIdx == j && e.statusVarFilter.maybe(name) && e.statusVars[name] {
			s = weak
		}
		if s == strong && (name == "getStatus" || name == "get_status") {
			// user.getStatus() == 1 is an entity's state; response.getStatus(),
			// result.getResponse().getStatus() are responses
			r := recv
			if k := nameIdx - 2; e.op(k) == opRParen && e.toks[k].match > 0 && e.isIdent(int(e.toks[k].match)-1) {
				r = e.text(int(e.toks[k].match) - 1)
			}
			if !isResponseish(r) && !strings.HasSuffix(r, "Response") && !strings.HasSuffix(r, "response") {
				s = weak
				e.bareStatus = true
			}
		}
		if s == weak && (name == "status" || name == "Status" || name == "code") && !isResponseish(recv) {
			e.bareStatus = true
			e.bareCode = name == "code"
		}
		return s
	}
	return 0
}

// findStatusVars records local names assigned from a status-named
// expression (code = (int)response.StatusCode; s = resp.status()), so that
// later comparisons with them count (plausible codes only).
func (e *engine) findStatusVars() {
	toks := e.toks
	for i := range toks {
		if toks[i].op != opAssign || !e.isIdent(i-1) || e.isSep(i-2) {
			continue
		}
		end := -1
		for j := i + 1; j < len(toks) && j < i+24; j++ {
			if toks[j].parent != toks[i].parent {
				if int32(j) == toks[i].parent || toks[j].parent < toks[i].parent {
					break
				}
				continue
			}
			if j > i+1 && toks[j].nl || toks[j].op == opSemi || toks[j].op == opComma {
				break
			}
			end = j
		}
		if end < 0 {
			continue
		}
		if e.subjectBefore(end) > 0 {
			if e.statusVars == nil {
				e.statusVars = map[string]bool{}
			}
			e.statusVars[e.text(i-1)] = true
			e.statusVarFilter.add(e.text(i - 1))
		}
	}
}

// subjectAfter rates the expression that starts at token j (Yoda comparisons).
func (e *engine) subjectAfter(j int) int8 {
	// skip a cast: (int)response.StatusCode
	if e.op(j) == opLParen && e.toks[j].match > 0 && e.isIdent(j+1) && int(e.toks[j].match) == j+2 {
		j += 3
	}
	if !e.isIdent(j) {
		return 0
	}
	end := j
	k := j + 1
	for steps := 0; steps < 16 && k < len(e.toks); steps++ {
		switch {
		case e.isSep(k) && e.isIdent(k+1):
			end = k + 1
			k += 2
		case e.op(k) == opLParen && e.toks[k].match > 0:
			end = int(e.toks[k].match)
			k = end + 1
		case e.op(k) == opBang || e.op(k) == opBang2:
			k++
		default:
			steps = 99
		}
	}
	return e.subjectBefore(end)
}

var keywords = map[string]bool{
	"if": true, "while": true, "for": true, "return": true, "switch": true, "match": true, "when": true,
	"case": true, "in": true, "not": true, "and": true, "or": true, "assert": true, "elif": true,
	"else": true, "unless": true, "until": true, "yield": true, "await": true, "throw": true, "new": true,
	"typeof": true, "catch": true, "foreach": true, "using": true, "lock": true, "do": true, "is": false,
}

func isKeyword(s string) bool { return keywords[s] }

// isKeywordTok is isKeyword for token i, answering most names from the
// lexer's keyword id without a map lookup.
func (e *engine) isKeywordTok(i int) bool {
	switch op := e.op(i); {
	case op == kwIs || op == kwImport || op == kwFrom || op == kwDef:
		return false
	case op >= kwOr:
		return true
	}
	t := e.toks[i]
	if n := t.end - t.start; n < 3 || n > 7 || e.src[t.start] < 'a' || e.src[t.start] > 'y' {
		return false
	}
	// the same answer as keywords[...] for the names the lexer does not tag
	switch e.text(i) {
	case "if", "while", "for", "return", "switch", "match", "when", "case", "in", "not", "and", "or",
		"assert", "elif", "else", "unless", "until", "yield", "await", "throw", "new", "typeof", "catch",
		"foreach", "using", "lock", "do":
		return true
	}
	return false
}

// ---- call sites ----

type call struct {
	name    string
	nameIdx int
	recv    string
	method  bool
}

// calleeOf finds the call an opening parenthesis belongs to.
func (e *engine) calleeOf(open int) (call, bool) {
	// the answer depends on the tokens only: the last one is kept, as the
	// context of one number asks for its enclosing call several times
	if e.calleeMemo == open+1 {
		return e.calleeLast, e.calleeOK
	}
	c, ok := e.calleeOfTokens(open)
	e.calleeMemo, e.calleeLast, e.calleeOK = open+1, c, ok
	return c, ok
}

func (e *engine) calleeOfTokens(open int) (call, bool) {
	k := open - 1
	if e.op(k) == opBang || e.op(k) == opQDot {
		k--
	}
	if e.op(k) == opLtGt { // diamond: new ResponseEntity<>(...)
		k--
	}
	if e.op(k) == opGt { // generic arguments: f<T>(...)
		for j, n := k-1, 0; j >= 0 && n < 24; j, n = j-1, n+1 {
			if e.op(j) == opLt {
				k = j - 1
				break
			}
			if e.op(j) == opSemi || e.op(j) == opLBrace || e.op(j) == opRBrace {
				break
			}
		}
	}
	if !e.isIdent(k) || e.isKeywordTok(k) && !e.isSep(k-1) {
		return call{}, false
	}
	c := call{name: e.text(k), nameIdx: k}
	if len(c.name) > 2 && c.name[0] == '`' {
		c.name = c.name[1 : len(c.name)-1] // Kotlin `is`
	}
	if e.isSep(k - 1) {
		c.method = true
		r := k - 2
		switch {
		case e.isIdent(r):
			c.recv = strings.TrimPrefix(e.text(r), "$")
		case e.op(r) == opRParen && e.toks[r].match > 0 && e.isIdent(int(e.toks[r].match)-1):
			c.recv = e.text(int(e.toks[r].match) - 1)
		}
	}
	return c, true
}

func recvMatches(hint string, c call) bool {
	switch hint {
	case "":
		return true
	case ".":
		return c.method
	case "-":
		return !c.method
	}
	for hint != "" {
		h := hint
		if k := strings.IndexByte(hint, '|'); k >= 0 {
			h, hint = hint[:k], hint[k+1:]
		} else {
			hint = ""
		}
		if strings.EqualFold(h, c.recv) {
			return true
		}
	}
	return false
}

// shapeFor finds the shape for an argument: positional index arg, or the
// keyword kw when non-empty.
func (e *engine) shapeFor(c call, arg int, kw string) (shape, bool) {
	for _, sh := range e.spec.shapesOf(c.name) {
		if !recvMatches(sh.recv, c) {
			continue
		}
		if kw != "" {
			if sh.kw == kw {
				return sh, true
			}
			continue
		}
		if sh.kw == "" && (sh.arg < 0 || sh.arg == arg) {
			return sh, true
		}
	}
	return shape{}, false
}

var assertNames = map[string]bool{
	"assertEqual": true, "assertEquals": true, "assert_equal": true, "Equal": true, "AreEqual": true,
	"assertSame": true, "equal": true, "strictEqual": true, "deepEqual": true, "deepStrictEqual": true,
	"notEqual": true, "notStrictEqual": true, "assert_eq": true, "assert_ne": true, "assertNotEquals": true,
	"assertNotEqual": true, "assert_not_equal": true, "assertNotSame": true, "NotEqual": true, "AreNotEqual": true,
	"assertIs": true, "equals": true,
}

var matcherNames = map[string]bool{
	"toBe": true, "toEqual": true, "toStrictEqual": true, "equal": true, "equals": true, "eq": true,
	"eql": true, "isEqualTo": true, "Be": true, "shouldBe": true, "shouldEqual": true, "be": true,
	"toHaveStatus": true, "isNotEqualTo": true, "BeEquivalentTo": true, "toBeStatus": true,
}

// rangeMatchers bound a status rather than name one: expect(r.status).toBeLessThan(500).
var rangeMatchers = map[string]bool{
	"toBeGreaterThan": true, "toBeGreaterThanOrEqual": true, "toBeLessThan": true, "toBeLessThanOrEqual": true,
	"isGreaterThan": true, "isGreaterThanOrEqualTo": true, "isLessThan": true, "isLessThanOrEqualTo": true,
	"above": true, "below": true, "least": true, "most": true, "BeGreaterThan": true, "BeLessThan": true,
	"BeGreaterThanOrEqualTo": true, "BeLessThanOrEqualTo": true, "isBetween": true, "within": true,
}

var chainWords = map[string]bool{
	"to": true, "not": true, "be": true, "been": true, "have": true, "has": true, "deep": true,
	"strict": true, "that": true, "and": true, "which": true, "to_not": true, "not_to": true,
	"resolves": true, "rejects": true, "eventually": true, "should": true, "Not": true, "is": true,
	"at": true, "greaterThan": false,
}

var subjectFns = map[string]bool{
	"expect": true, "assertThat": true, "assert_that": true, "expectThat": true, "Expect": true,
	"assertk": true, "check": false,
}

// matcherSubject rates the subject of a matcher call whose name is at m:
// expect(res.status).toBe(_), assertThat(x.getStatus()).isEqualTo(_),
// ((int)r.StatusCode).Should().Be(_), r.status shouldBe _, expect(r.status).to eq _.
func (e *engine) matcherSubject(m int) int8 {
	k := m - 1
	for steps := 0; k >= 0 && steps < 12; steps++ {
		switch {
		case e.isSep(k):
			k--
			continue
		case e.isIdent(k) && chainWords[e.text(k)]:
			k--
			continue
		case e.op(k) == opRParen:
			o := int(e.toks[k].match)
			if o < 0 {
				return 0
			}
			if !e.isIdent(o - 1) {
				return e.subjectBefore(k - 1)
			}
			name := e.text(o - 1)
			switch {
			case isSubjectFn(name):
				if k-1 <= o {
					return 0
				}
				return e.subjectBefore(k - 1)
			case name == "Should" || name == "should":
				k = o - 2
				if !e.isSep(k) {
					return 0
				}
				return e.subjectBefore(k - 1)
			}
			if s := e.subjectBefore(k); s > 0 {
				return strong
			}
			return 0
		case e.isIdent(k):
			// infix (Kotlin shouldBe) or a plain chain (response.status.should)
			return e.subjectBefore(k)
		}
		return 0
	}
	return 0
}

// isCollectionCtor: constructors whose argument is the collection itself.
func isCollectionCtor(name string) bool {
	switch name {
	case "Set", "set", "frozenset", "tuple", "list", "of", "asList", "listOf", "setOf", "arrayOf",
		"hashSetOf", "mutableListOf", "mutableSetOf", "intArrayOf", "Array", "vec":
		return true
	}
	return false
}

// paramBits returns the status-parameter bits of a function defined in the
// file (0 if none).
func (e *engine) paramBits(name string) uint32 {
	if e.statusParams == nil || !e.paramFilter.maybe(name) {
		return 0
	}
	return e.statusParams[name]
}

// statusList rates the collection literal opened at open by the name it is
// bound to (status_forcelist=(500, 502), RETRY_STATUSES = [429, 503],
// retryStatusCodes: new Set([502, 503])); every element must be a
// plausible code.
func (e *engine) statusList(open int) int8 {
	if e.listFrame == int32(open)+1 {
		return e.listStr
	}
	s := e.judgeList(open)
	e.listFrame, e.listStr = int32(open)+1, s
	return s
}

func (e *engine) judgeList(open int) int8 {
	head := open
	call := -1
	switch {
	case e.op(open) == opLParen:
		call = open
	case e.op(open-1) == opLParen && e.toks[open].arg == 0:
		call = open - 1
	}
	if call >= 0 {
		if k := call - 1; e.op(k) != opLtGt && e.op(k) != opGt && e.isIdent(k) && !isCollectionCtor(e.text(k)) {
			return 0 // an ordinary call, not Set([...]) or listOf(...)
		}
		if c, ok := e.calleeOf(call); ok {
			if !isCollectionCtor(c.name) || e.op(c.nameIdx+1) == opBang && c.name != "vec" {
				return 0
			}
			head = c.nameIdx
			if c.method {
				head -= 2
			}
			if e.is(head-1, "new") {
				head--
			}
		} else if call != open {
			return 0
		}
	}
	var name string
	switch b := head - 1; e.op(b) {
	case opAssign:
		if !e.isIdent(b - 1) {
			return 0
		}
		name = e.text(b - 1)
	case opColon, opFatArrow:
		switch e.kind(b - 1) {
		case tIdent, tSymbol:
			name = e.text(b - 1)
		case tString:
			name = e.content(b - 1)
		default:
			return 0
		}
	default:
		return 0
	}
	switch strings.ToLower(strings.TrimLeft(name, ":$")) {
	case "status", "statuses":
		e.listBare = true // STATUSES = [100, 200, 300] may be steps of anything
	default:
		e.listBare = false
	}
	if !collectionStatusName(name) {
		return 0
	}
	cl := int(e.toks[open].match)
	if cl < 0 || cl-open > 400 {
		return 0
	}
	n := 0
	for j := open + 1; j < cl; j++ {
		if int(e.toks[j].parent) != open {
			return 0
		}
		if e.op(j) == opComma {
			continue
		}
		if e.kind(j) != tNumber {
			return 0
		}
		v, ok := decInt(e.src[e.toks[j].start:e.toks[j].end])
		if !ok || !plausible(v) {
			return 0
		}
		if e.listBare {
			// a plain STATUSES list must hold codes applications answer with
			if _, known := e.cat.Lookup(v); !known || v < 200 || v == 300 {
				return 0
			}
		}
		n++
	}
	if n == 0 {
		return 0
	}
	return weak
}

// collectionStatusName: a name for a set of statuses (status_forcelist,
// RETRY_STATUSES, retryStatusCodes, http_codes, allowed_status).
func collectionStatusName(name string) bool {
	var buf [40]byte
	name = strings.TrimLeft(name, ":")
	if len(name) > 40 {
		return false
	}
	n := string(normName(&buf, name))
	if k := strings.LastIndex(n, "status"); k >= 0 {
		switch n[k+6:] {
		case "", "es", "codes", "code", "list", "forcelist", "set", "array", "values", "codelist", "codeset",
			"whitelist", "allowlist", "blacklist", "denylist", "toretry", "estoretry", "codestoretry", "esforretry":
			return true
		}
		return false
	}
	if !strings.HasSuffix(n, "codes") {
		return false
	}
	for _, w := range [...]string{"http", "retr", "response", "expected", "allowed", "accept", "success", "redirect"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// parametrized rates a value in a pytest parametrize list whose frame opens
// at open (element arg of it) by the parameter name it binds.
func (e *engine) parametrized(open, arg int) int8 {
	list, elem := open, -1 // single name: every element; several: the arg-th of each tuple
	if up := int(e.toks[open].parent); up >= 0 && e.op(up) != opLParen {
		list, elem = up, arg
	}
	call := int(e.toks[list].parent)
	if call < 0 || e.op(call) != opLParen || e.toks[list].arg != 1 || e.op(list-1) != opComma {
		return 0
	}
	if !e.is(call-1, "parametrize") {
		return 0
	}
	if c, ok := e.calleeOf(call); !ok || c.name != "parametrize" {
		return 0
	}
	if e.kind(call+1) != tString || e.op(call+2) != opComma {
		return 0
	}
	names := e.content(call + 1)
	for i := 0; ; i++ {
		name := names
		if k := strings.IndexByte(names, ','); k >= 0 {
			name, names = names[:k], names[k+1:]
		} else {
			names = ""
		}
		if i == elem || elem < 0 && names == "" && i == 0 {
			return paramStatusName(strings.TrimSpace(name))
		}
		if names == "" {
			return 0
		}
	}
}

// paramStatusName: a test parameter that holds an expected status
// (status, status_code, expected_status, expected_code, http_status).
func paramStatusName(name string) int8 {
	var buf [40]byte
	if len(name) > 40 {
		return 0
	}
	n := string(normName(&buf, name))
	for _, suf := range [...]string{"status", "statuscode", "httpcode", "responsecode", "expectedcode"} {
		if strings.HasSuffix(n, suf) {
			return weak
		}
	}
	return 0
}

// reversedMatcher rates the argument of the equality matcher that follows
// the subject call opened at open: expect(404).toBe(res.status).
func (e *engine) reversedMatcher(open int) int8 {
	k := int(e.toks[open].match)
	if k < 0 {
		return 0
	}
	for steps := 0; steps < 8; steps++ {
		if !e.isSep(k+1) || !e.isIdent(k+2) {
			return 0
		}
		k += 2
		if chainWords[e.text(k)] {
			continue
		}
		if !isMatcherName(e.text(k)) || e.op(k+1) != opLParen {
			return 0
		}
		cl := int(e.toks[k+1].match)
		if cl <= k+2 || int(e.toks[cl-1].parent) != k+1 || e.toks[cl-1].arg != 0 {
			return 0
		}
		return e.subjectBefore(cl - 1)
	}
	return 0
}

// frameArgs reports whether some argument of the bracket frame opened at
// open, other than the one containing token skip, is status-named.
func (e *engine) otherArgStatus(open, skip int) int8 {
	cl := int(e.toks[open].match)
	if cl < 0 || cl-open > 200 {
		return 0
	}
	var best int8
	for j := open + 1; j < cl; j++ {
		if (e.op(j+1) == opComma || j+1 == cl) && int(e.toks[j].parent) == open && j != skip {
			if s := e.subjectBefore(j); s > best {
				best = s
			}
		}
	}
	return best
}

// ---- candidates ----

func (e *engine) number(i int) {
	t := e.toks[i]
	if e.spec.lang == Rust {
		t.end -= int32(rustIntSuffix(e.src[t.start:t.end])) // 200u16: the digits
	}
	code, ok := decInt(e.src[t.start:t.end])
	if !ok {
		return
	}
	e.bareStatus, e.subjResp, e.bareCode = false, false, false
	role, ctx, s := e.context(i, i, true)
	if s == 0 || s == weak && !plausible(code) || code < 100 && zeroValueCtx(ctx) && (code == 0 || !e.subjResp) {
		return
	}
	if code >= 100 && subjectCtx(ctx) && !e.subjResp {
		// compared with or assigned to a status of no response (an
		// error's responseCode, a mail reply's code): SMTP and FTP replies
		// (250, 354, 550) look like statuses; only codes the catalog knows
		if _, known := e.cat.Lookup(code); !known {
			return
		}
	}
	if s == weak && e.bareStatus && ctx != "status param" && role != RoleRange {
		// a plain `status` also holds MIDI status bytes (status == 144),
		// exit statuses and enum values: only codes the catalog knows
		// 1xx and 300 are set by servers themselves, almost never by
		// application code: as a record's `status` they are domain states
		st, known := e.cat.Lookup(code)
		if !known || code < 200 || code == 300 {
			return
		}
		// an error's numeric code may be an FTP or SMTP reply (e.code === 530):
		// only registered HTTP codes
		if e.bareCode && !st.Registered {
			return
		}
	}
	e.add(int(t.start), int(t.end), code, Literal, role, ctx, "", "")
}

// subjectCtx: contexts judged by a status-named subject alone (a
// comparison, an assignment, an assertion), not by a call's parameter.
func subjectCtx(ctx string) bool {
	switch ctx {
	case "==", "=", "in", "includes", "case", "match", "matcher", "assert":
		return true
	}
	return false
}

// phraseOf reports whether the string token str holds the reason phrase
// (or a known older phrase) of the code written at token num.
func (e *engine) phraseOf(num, str int) bool {
	code, ok := decInt(e.src[e.toks[num].start:e.toks[num].end])
	if !ok || !plausible(code) {
		return false
	}
	t := &e.toks[str]
	return e.isPhrase(code, e.src[t.cs():t.ce()])
}

// linePhrase reports whether rest (" Not Found") is a space and the
// reason phrase of code, as in a status line.
func (e *engine) linePhrase(code int, rest []byte) bool {
	return len(rest) > 1 && rest[0] == ' ' && e.isPhrase(code, rest[1:])
}

// isPhrase reports whether text is the catalog's reason phrase for code,
// or one of its older phrases, ignoring case.
func (e *engine) isPhrase(code int, text []byte) bool {
	st, ok := e.cat.Lookup(code)
	if !ok {
		return false
	}
	if strings.EqualFold(string(text), st.Phrase) {
		return true
	}
	for _, a := range st.Aliases {
		if strings.EqualFold(string(text), a) {
			return true
		}
	}
	return false
}

// zeroValueCtx: contexts where 0 is a status variable's starting value, a
// reset or a "no response yet" check (status = 0, xhr.status === 0,
// expect(r.status).toBe(0)), not a status; 0 passed to a status call counts.
// The same contexts hold ordinal states of records (order.StatusCode = 1,
// assertEquals(2, job.getStatusCode()), status == 10 for "paid"): one- and
// two-digit values there count only when the subject belongs to a response
// (res.statusCode = 42 is a broken status).
func zeroValueCtx(ctx string) bool {
	switch ctx {
	case "==", "range", "fallback", "=", "key=", "key:", "key=>", "in", "includes", "case", "match", "matcher", "assert":
		return true
	}
	return false
}

// quotedCode: a string that is exactly a code ("404") in a status context,
// or a status line in a call that takes one ("404 Not Found").
func (e *engine) quotedCode(i int) {
	t := e.toks[i]
	c := e.src[t.cs():t.ce()]
	if len(c) == 3 {
		code, ok := decInt(c)
		if !ok {
			return
		}
		role, ctx, s := e.context(i, i, false)
		if s == 0 || !plausible(code) {
			return
		}
		e.add(int(t.cs()), int(t.ce()), code, Literal, role, ctx, "", "")
		return
	}
	// status lines: "404 Not Found", "HTTP/1.1 404 Not Found" as a call argument
	off := 0
	if len(c) > 9 && string(c[:5]) == "HTTP/" {
		k := 5
		for k < len(c) && (isDigit(c[k]) || c[k] == '.') {
			k++
		}
		if k < len(c) && c[k] == ' ' {
			off = k + 1
		} else {
			return
		}
	}
	if len(c) < off+3 || !isDigit(c[off]) || !isDigit(c[off+1]) || !isDigit(c[off+2]) || (len(c) > off+3 && c[off+3] != ' ') {
		return
	}
	code, _ := decInt(c[off : off+3])
	if !plausible(code) {
		return
	}
	// a status line assigned to a status: status = '200 OK' (WSGI),
	// request.response.status = '404 Not Found' (Pyramid, WebOb)
	if e.op(i-1) == opAssign && (i+1 >= len(e.toks) || e.toks[i+1].nl || endSet.has(e.toks[i+1].op)) && e.linePhrase(code, c[off+3:]) {
		if s := e.subjectBefore(i - 2); s > 0 {
			st := int(t.cs()) + off
			e.add(st, st+3, code, Literal, RoleStatus, "=", "", "")
			return
		}
	}
	par := int(t.parent)
	if par < 0 || e.op(par) != opLParen || !(e.op(i-1) == opLParen || e.op(i-1) == opComma) {
		return
	}
	cl, ok := e.calleeOf(par)
	if !ok {
		return
	}
	sh, ok := e.shapeFor(cl, int(t.arg), "")
	if !ok || !sh.str {
		return
	}
	s := int(t.cs()) + off
	e.add(s, s+3, code, Literal, sh.role, cl.name, "", "")
}

// constant recognizes a status constant whose last name is token i.
func (e *engine) constant(i int) {
	name := ""
	eco := ""
	lo := i
	if e.isSep(i-1) && e.isIdent(i-2) {
		q := strings.TrimPrefix(e.text(i-2), "$")
		if c := e.src[e.toks[i].start]; c >= 'a' && c <= 'z' {
			// every status constant but requests.codes.not_found starts
			// with a capital: skip ordinary member accesses quickly
			if e.spec.lang != Python || q != "codes" && e.alias[q] != knowledge.EcoRequests {
				return
			}
		}
		eco = e.alias[q]
		if eco == "" {
			for _, ql := range e.spec.quals {
				if ql.name == q || ql.name[0] == '*' && strings.HasSuffix(q, ql.name[1:]) {
					if ql.outer != "" && !(e.isSep(i-3) && e.is(i-4, ql.outer)) {
						continue
					}
					eco = ql.eco
					break
				}
			}
		}
		if eco == "" {
			return
		}
		name = e.text(i)
		lo = i - 2
		for lo >= 2 && e.isSep(lo-1) && e.isIdent(lo-2) {
			lo -= 2
		}
	} else if len(e.spec.bare) > 0 && !e.isSep(i-1) {
		if t := e.toks[i]; t.end > t.start && !e.spec.bareFirst[e.src[t.start]] {
			return // no bare prefix starts with this byte
		}
		for _, b := range e.spec.bare {
			if e.toks[i].end-e.toks[i].start > int32(len(b.prefix)) && string(e.src[e.toks[i].start:e.toks[i].start+int32(len(b.prefix))]) == b.prefix {
				eco = b.eco
				name = e.text(i)
				break
			}
		}
		if eco == "" || e.inImport(i) {
			return
		}
	} else {
		return
	}
	st, ok := e.cat.ByConstant(eco, name)
	if !ok || e.inImport(i) {
		return
	}
	role, ctx, s := e.context(lo, i, false)
	if s == 0 {
		role, ctx = RoleStatus, "constant"
	}
	t := e.toks[i]
	e.add(int(t.start), int(t.end), st.Code, Constant, role, ctx, eco, name)
}

// symbol: Ruby :not_found in a status context.
func (e *engine) symbol(i int) {
	if e.spec.symbols == "" {
		return
	}
	name := e.text(i)
	st, ok := e.cat.ByConstant(e.spec.symbols, name)
	if !ok {
		return
	}
	role, ctx, s := e.context(i, i, false)
	if s == 0 {
		return
	}
	t := e.toks[i]
	e.add(int(t.start), int(t.end), st.Code, Constant, role, ctx, e.spec.symbols, name)
}

func (e *engine) isEq(i int) bool {
	op := e.op(i)
	return eqSet.has(op) || op == kwIs && e.spec.lang == Python
}

func (e *engine) isRel(i int) bool { return relSet.has(e.op(i)) }

// context decides whether the value spanning tokens lo..hi sits in a status
// context. It returns the role, a context label and the strength of the
// context (0: none; weak: only plausible codes; strong: any integer).
func (e *engine) context(lo, hi int, literal bool) (Role, string, int8) {
	toks := e.toks
	p, n := lo-1, hi+1
	// C# cast: (HttpStatusCode)404
	if e.op(p) == opRParen && toks[p].match == int32(p-2) && e.is(p-1, "HttpStatusCode") {
		return RoleStatus, "cast", strong
	}
	if literal {
		if arithSet.has(e.op(p)) {
			return 0, "", 0
		}
		if on := e.op(n); arithSet.has(on) && !(on == opMinus || on == opStar) || on == opDot || on == opLBrack && !toks[n].nl || (on == opMinus || on == opStar) && !toks[n].nl {
			return 0, "", 0
		}
	}
	// comparisons, both sides
	if e.isEq(p) {
		if s := e.subjectBefore(p - 1); s > 0 {
			return RoleCompare, "==", s
		}
	}
	if e.isRel(p) {
		if s := e.subjectBefore(p - 1); s > 0 {
			return RoleRange, "range", s
		}
	}
	if e.isEq(n) {
		if s := e.subjectAfter(n + 1); s > 0 {
			return RoleCompare, "==", s
		}
	}
	if e.isRel(n) {
		if s := e.subjectAfter(n + 1); s > 0 {
			return RoleRange, "range", s
		}
	}
	endsValue := n >= len(toks) || toks[n].nl || endSet.has(toks[n].op) || !literal
	// a fallback value: status = err.status || 500
	if altSet.has(e.op(p)) {
		if s := e.subjectBefore(p - 1); s > 0 && endsValue {
			return RoleStatus, "fallback", s
		}
		p = e.altStart(p)
	}
	// members of an enum of HTTP statuses: enum HttpStatusCode { NotFound = 404 }
	if literal && e.op(p) == opAssign && e.isIdent(p-1) && endsValue {
		if par := int(toks[lo].parent); par > 1 && e.op(par) == opLBrace && e.httpEnum(par) {
			return RoleStatus, "enum", weak
		}
	}
	// the default of a status parameter: def error_json(message, code=400)
	if literal && e.op(p) == opAssign && e.statusParams != nil && e.isIdent(p-1) {
		if par := int(toks[lo].parent); par >= 0 && e.op(par) == opLParen && toks[lo].arg < 32 {
			if name, ok := e.definedAt(par); ok && e.paramBits(name)>>toks[lo].arg&1 == 1 {
				return RoleStatus, "default", weak
			}
		}
	}
	// assignments and keyword arguments
	if e.op(p) == opAssign && endsValue {
		if r, c, s := e.keyed(lo, p-1, "="); s > 0 {
			return r, c, s
		}
		if s := e.subjectBefore(p - 1); s > 0 {
			return RoleStatus, "=", s
		}
		// annotated: status: int = 200
		if e.isIdent(p-1) && e.op(p-2) == opColon {
			if s := e.subjectBefore(p - 3); s > 0 {
				return RoleStatus, "=", s
			}
		}
	}
	if po := e.op(p); (po == opColon || po == opFatArrow) && endsValue && e.op(p-2) != opQuest && e.op(p-2) != kwCase {
		if r, c, s := e.keyed(lo, p-1, e.text(p)); s > 0 {
			return r, c, s
		}
	}
	// switch arms
	if r, c, s := e.arm(lo, hi); s > 0 {
		return r, c, s
	}
	par := int(toks[lo].parent)
	wholeArg := (argStartSet.has(e.op(p)) || e.op(p) == opColon && e.ternaryElse(p)) && (n >= len(toks) || argEndSet.has(toks[n].op))
	// Python membership: status_code in (200, 201)
	if par >= 0 && wholeArg && (e.op(par) == opLParen || e.op(par) == opLBrack || e.op(par) == opLBrace) {
		if e.op(par-1) == kwIn {
			if s := e.subjectBefore(par - 2); s > 0 {
				return RoleCompare, "in", s
			}
		}
		// PHP membership: in_array($this->statusCode, [200, 203, 300])
		if outer := int(toks[par].parent); e.op(par) == opLBrack && e.op(par-1) == opComma && outer >= 0 && e.op(outer) == opLParen && e.is(outer-1, "in_array") && toks[par].arg == 1 {
			if s := e.subjectBefore(par - 2); s > 0 {
				return RoleCompare, "in_array", s
			}
		}
		if cl := int(toks[par].match); e.op(par) == opLBrack && cl > 0 && e.op(cl+1) == opDot && e.isAny(cl+2, "includes", "indexOf", "contains", "include?") && e.op(cl+3) == opLParen {
			if s := e.subjectBefore(int(toks[cl+3].match) - 1); s > 0 {
				return RoleCompare, "includes", s
			}
		}
	}
	// Hamcrest and NUnit: assertThat(resp.getStatus(), is(200)),
	// Assert.That((int)r.StatusCode, Is.EqualTo(404))
	if par >= 0 && wholeArg && e.op(par) == opLParen && toks[lo].arg == 0 {
		if c, ok := e.calleeOf(par); ok && (c.name == "is" || c.name == "equalTo" || c.name == "EqualTo") {
			start := c.nameIdx
			if c.method {
				start -= 2
			}
			if start < 0 {
				// a leading ".is(200)": no receiver, no enclosing call
			} else if outer := int(toks[start].parent); outer >= 0 && e.op(outer) == opLParen && e.op(start-1) == opComma && toks[start].arg == 1 {
				if oc, ok := e.calleeOf(outer); ok && (oc.name == "assertThat" || oc.name == "That") {
					if s := e.subjectBefore(start - 2); s > 0 {
						return RoleCompare, "assertThat", s
					}
				}
			}
		}
	}
	// a named collection of statuses: status_forcelist=(500, 502), RETRY_STATUSES = [429, 503]
	if literal && par >= 0 && (wholeArg || p == par && e.op(p) == opLBrace && (n >= len(toks) || argEndSet.has(toks[n].op))) && (e.op(par) == opLBrack || e.op(par) == opLParen || e.op(par) == opLBrace) {
		if s := e.statusList(par); s > 0 {
			e.bareStatus = e.listBare
			return RoleCompare, "status list", s
		}
	}
	// JUnit: @ValueSource(ints = {400, 404}) void rejects(int status)
	if literal && par >= 0 && e.op(par) == opLBrace && (p == par || e.op(p) == opComma) && (n == int(toks[par].match) || e.op(n) == opComma) && e.op(par-1) == opAssign && e.is(par-2, "ints") {
		if up := int(toks[par].parent); up >= 0 && e.op(up) == opLParen && e.is(up-1, "ValueSource") {
			if s := e.theoryParam(up, 0); s > 0 {
				return RoleCompare, "test data", s
			}
		}
	}
	// jest/vitest: it.each([[404, 'gone']])('...', (status, why) => ...)
	if (e.spec.lang == JavaScript || e.spec.lang == TypeScript) && literal && par >= 0 && wholeArg && e.op(par) == opLBrack {
		if s := e.eachParam(par, int(toks[lo].arg)); s > 0 {
			return RoleCompare, "test data", s
		}
	}
	// response maps: FastAPI responses={404: {...}}, exception_handlers={404: fn}
	if literal && par >= 0 && e.op(par) == opLBrace && e.op(n) == opColon && (p == par || e.op(p) == opComma) {
		if k := par - 2; (e.op(par-1) == opAssign || e.op(par-1) == opColon) && (e.isIdent(k) || e.kind(k) == tString) {
			switch key := strings.Trim(e.text(k), `"'`); key {
			case "responses", "exception_handlers", "error_handlers", "errorPages", "error_pages":
				return RoleStatus, "responses", weak
			}
		}
	}
	// pytest: @pytest.mark.parametrize("path,expected_status", [("/a", 200)])
	if e.spec.lang == Python && literal && par >= 0 && wholeArg && (e.op(par) == opLBrack || e.op(par) == opLParen) {
		if s := e.parametrized(par, int(toks[lo].arg)); s > 0 {
			return RoleCompare, "parametrize", s
		}
	}
	// call arguments
	if par >= 0 && e.op(par) == opLParen && wholeArg {
		if c, ok := e.calleeOf(par); ok {
			if sh, ok := e.shapeFor(c, int(toks[lo].arg), ""); ok {
				if sh.weak {
					return sh.role, sh.name, weak
				}
				return sh.role, sh.name, strong
			}
			if isErrorClass(c.name) {
				return RoleError, "error class", weak
			}
			if (c.name == "equalTo" || c.name == "is") && toks[lo].arg == 0 && !c.method {
				// hamcrest inside a status call: .statusCode(equalTo(201))
				if outer := int(toks[par].parent); outer >= 0 && e.op(outer) == opLParen && e.op(int(toks[par].match)+1) == opRParen {
					if c2, ok := e.calleeOf(outer); ok {
						if sh, ok := e.shapeFor(c2, int(toks[c.nameIdx].arg), ""); ok {
							return sh.role, sh.name, weak
						}
					}
				}
			}
			if c.name == "should" && c.method {
				if s := e.cypressShould(par, int(toks[lo].arg)); s > 0 {
					return RoleCompare, "should", s
				}
			}
			if isTheoryAttr(c.name) {
				if s := e.theoryParam(par, int(toks[lo].arg)); s > 0 {
					return RoleCompare, "test data", s
				}
			}
			if bits := e.paramBits(c.name); bits != 0 && toks[lo].arg < 32 && bits>>toks[lo].arg&1 == 1 &&
				(!c.method || c.recv == "this" || c.recv == "self" || c.recv == "$this" || c.recv == "static" || c.recv == "cls") {
				return RoleStatus, "status param", weak
			}
			if isAssertName(c.name) {
				if s := e.otherArgStatus(par, lo); s > 0 {
					return RoleCompare, "assert", s
				}
			}
			if isMatcherName(c.name) && toks[lo].arg == 0 {
				if s := e.matcherSubject(c.nameIdx); s > 0 {
					return RoleCompare, "matcher", s
				}
			}
			if isSubjectFn(c.name) && toks[lo].arg == 0 {
				if s := e.reversedMatcher(par); s > 0 {
					return RoleCompare, "matcher", s
				}
			}
			if isRangeMatcher(c.name) && toks[lo].arg == 0 {
				if s := e.matcherSubject(c.nameIdx); s > 0 {
					return RoleRange, "range matcher", s
				}
			}
		}
	}
	// Python: the else value of `404 if missing else 200` shares the context of the first
	if literal && e.spec.lang == Python && e.op(p) == kwElse && endsValue {
		par := toks[lo].parent
		for j, steps := p-1, 0; j > 0 && steps < 24; j, steps = j-1, steps+1 {
			if toks[j].parent != par {
				continue
			}
			if e.op(j) == kwIf {
				if t := j - 1; e.kind(t) == tNumber && e.op(t-1) != kwElse {
					if r, c, s := e.context(t, t, true); s > 0 {
						return r, c, s
					}
				}
				break
			}
			if toks[j].nl || e.op(j) == opComma || e.op(j) == opAssign {
				break
			}
		}
	}
	// a conditional's branch assigned to a status: status = ok ? err.status : 500
	if literal && (e.op(p) == opQuest && e.op(n) == opColon || e.op(p) == opColon && endsValue && e.ternaryElse(p)) {
		if h := e.ternaryHead(p); h > 0 && e.op(h) == opAssign {
			if s := e.subjectBefore(h - 1); s > 0 {
				return RoleStatus, "=", s
			}
		}
	}
	// return 404 inside statusFor(err) / get_status_code(exc), also as a ternary branch
	if literal && (e.op(p) == kwReturn || e.op(p) == opQuest || e.op(p) == opColon && e.ternaryElse(p)) && (endsValue || e.op(p) == opQuest && e.op(n) == opColon) && e.returned(p) && e.statusFunc(lo) {
		e.bareStatus = true // get_status() may answer any record's state: known codes only
		return RoleStatus, "status func", weak
	}
	if e.spec.pyTuple && e.op(p) == opComma && endsValue {
		if s := e.returnTuple(lo); s > 0 {
			return RoleStatus, "return", s
		}
	}
	if e.spec.commands {
		if r, c, s := e.command(lo); s > 0 {
			return r, c, s
		}
	}
	// Kotlin infix status matcher: response shouldHaveStatus 404
	if e.spec.lang == Kotlin && endsValue && e.is(p, "shouldHaveStatus") {
		return RoleCompare, "shouldHaveStatus", strong
	}
	// infix matchers without parentheses: status shouldBe 404
	if e.isIdent(p) && isMatcherName(e.text(p)) && endsValue {
		if s := e.matcherSubject(p); s > 0 {
			return RoleCompare, "matcher", s
		}
	}
	// status text tables: {404: 'Not Found'}, 100 => 'Continue'; the value
	// must be the code's own reason phrase, so other tables stay silent
	if literal && (e.op(n) == opColon || e.op(n) == opFatArrow) && e.kind(n+1) == tString && (e.op(p) == opLBrace || e.op(p) == opLBrack || e.op(p) == opComma) {
		if e.phraseOf(lo, n+1) {
			return RoleMention, "phrase table", strong
		}
	}
	// Rack response triple: [404, {...}, body]
	if e.spec.commands && literal && e.op(p) == opLBrack && e.op(n) == opComma && (e.op(n+1) == opLBrace || e.isIdent(n+1) && strings.Contains(strings.ToLower(e.text(n+1)), "header")) {
		return RoleStatus, "rack", weak
	}
	return 0, "", 0
}

// keyed handles `key = value`, `key: value` and `key => value` where key
// ends at token k: keyword arguments of known calls, then status-named keys.
func (e *engine) keyed(lo, k int, op string) (Role, string, int8) {
	toks := e.toks
	var key string
	switch e.kind(k) {
	case tIdent:
		if op != "=" && e.isSep(k-1) {
			return 0, "", 0
		}
		key = strings.TrimPrefix(e.text(k), "$")
	case tString:
		if op == "=" {
			return 0, "", 0
		}
		key = e.content(k)
	case tSymbol:
		key = e.text(k)
	default:
		return 0, "", 0
	}
	if op == "=" && e.isSep(k-1) {
		return 0, "", 0 // member assignment: handled by the caller
	}
	// the call this key belongs to: f(key=v), f(key: v), f(x, {key: v})
	par := int(toks[k].parent)
	for hops := 0; par >= 0 && hops < 2; hops++ {
		if e.op(par) == opLParen {
			if c, ok := e.calleeOf(par); ok {
				if sh, ok := e.shapeFor(c, 0, key); ok {
					if sh.weak {
						return sh.role, sh.name, weak
					}
					return sh.role, sh.name, strong
				}
				if nameStrength(key, "") > 0 {
					// a status key inside a redirect or error call takes its role
					for _, sh := range e.spec.shapesOf(c.name) {
						if recvMatches(sh.recv, c) && (sh.role == RoleRedirect || sh.role == RoleError) {
							return sh.role, sh.name, strong
						}
					}
				}
			}
			break
		}
		if e.op(par) != opLBrace && e.op(par) != opLBrack {
			break
		}
		par = int(toks[par].parent)
	}
	if e.spec.commands && (op == ":" || op == "=>") {
		// Ruby: render json: x, status: 404 / redirect_to url, status: 301
		for j, steps := k-1, 0; j >= 0 && steps < 64; j, steps = j-1, steps+1 {
			if e.isIdent(j) && !e.isSep(j-1) && (toks[j].nl || j == 0 || e.isAny(j-1, "=", "return", "(", "then", "else")) {
				for _, sh := range e.spec.shapesOf(e.text(j)) {
					if sh.role == RoleRedirect || sh.role == RoleError {
						if nameStrength(key, "") > 0 {
							return sh.role, sh.name, strong
						}
					}
				}
				break
			}
			if toks[j].nl {
				break
			}
		}
	}
	if s := nameStrength(key, ""); s > 0 {
		if s == weak && (key == "status" || key == "Status") && !(toks[k].parent >= 0 && e.op(int(toks[k].parent)) == opLParen) {
			// {status: 144} may be any record; a status= keyword argument is a status
			e.bareStatus = true
		}
		return RoleStatus, keyLabel(op), s
	}
	return 0, "", 0
}

// isResponseish: a receiver that is a response (not an error or event,
// whose `status` may be anything).
func isResponseish(recv string) bool {
	if recv == "" {
		return false
	}
	var rb [40]byte
	n := bufView(normName(&rb, recv))
	switch n {
	case "", "e", "err", "error", "exc", "ex", "result":
		return false // errors, events and results may carry any status
	}
	return responseishFilter.maybe(n) && responseish[n]
}

// inArm reports whether token i is inside a switch arm list (for `|`).
func (e *engine) inArm(i int) bool {
	par := int(e.toks[i].parent)
	return par >= 0 && e.op(par) == opLBrace && e.switchStrength(par) > 0 || e.caseKeyword(i) >= 0
}

// caseKeyword walks back over `404, 410 |` to the case/when keyword that
// starts the arm, returning its index or -1.
func (e *engine) caseKeyword(lo int) int {
	k := lo - 1
	for steps := 0; steps < 16 && k >= 1; steps++ {
		if op := e.op(k); op == kwCase || op == kwWhen {
			return k
		}
		if armSepSet.has(e.op(k)) && (e.kind(k-1) == tNumber || e.kind(k-1) == tString || e.isIdent(k-1) || e.kind(k-1) == tSymbol) {
			k -= 2
			continue
		}
		break
	}
	if op := e.op(k); op == kwCase || op == kwWhen {
		return k
	}
	return -1
}

// arm: a value at the head of a case/when/match arm over a status subject.
func (e *engine) arm(lo, hi int) (Role, string, int8) {
	toks := e.toks
	n := hi + 1
	rangeArm := rangeSet.has(e.op(n)) || (rangeSet.has(e.op(lo-1)) || e.op(lo-1) == kwIn)
	if kw := e.caseKeyword(lo); kw >= 0 {
		var s int8
		if v, ok := e.caseSubject[int32(kw)]; ok {
			s = v
		} else if par := int(toks[kw].parent); par >= 0 && e.op(par) == opLBrace {
			s = e.switchStrength(par)
		}
		if s > 0 {
			if rangeArm {
				return RoleRange, "case", s
			}
			return RoleCompare, "case", s
		}
		return 0, "", 0
	}
	par := int(toks[lo].parent)
	if par < 0 || e.op(par) != opLBrace {
		return 0, "", 0
	}
	p := lo - 1
	head := toks[lo].nl || armHeadSet.has(e.op(p))
	if !head || !(armTailSet.has(e.op(n)) || n >= len(toks)) {
		return 0, "", 0
	}
	if s := e.switchStrength(par); s > 0 {
		if rangeArm {
			return RoleRange, "match", s
		}
		return RoleCompare, "match", s
	}
	return 0, "", 0
}

// switchStrength rates the subject of the switch/match/when whose body is
// the brace at b.
func (e *engine) switchStrength(b int) int8 {
	if v, ok := e.switchCache[int32(b)]; ok {
		return v
	}
	var s int8
	toks := e.toks
	switch {
	case e.op(b-1) == opRParen && toks[b-1].match > 0 && e.isAny(int(toks[b-1].match)-1, "switch", "when", "match"):
		s = e.subjectBefore(b - 2)
	case e.op(b-1) == kwSwitch: // C# switch expression: x switch { ... }
		s = e.subjectBefore(b - 2)
	default:
		// Rust: match expr {
		for j, steps := b-1, 0; j >= 0 && steps < 24; j, steps = j-1, steps+1 {
			if toks[j].parent != toks[b].parent {
				if e.op(j) == opRParen || e.op(j) == opRBrack {
					continue
				}
				break
			}
			if stmtSet.has(e.op(j)) {
				break
			}
			if e.op(j) == kwMatch {
				s = e.subjectBefore(b - 1)
				break
			}
		}
	}
	if e.switchCache == nil {
		e.switchCache = map[int32]int8{}
	}
	e.switchCache[int32(b)] = s
	return s
}

// prepass records Python match/case and Ruby case/when subjects and Python
// function definitions.
func (e *engine) prepass() {
	toks := e.toks
	var cur int8
	for i := range toks {
		if toks[i].kind != tIdent {
			continue
		}
		switch {
		case e.spec.lang == Python && toks[i].nl && e.op(i) == kwMatch && !e.isAny(i+1, "=", ".", ":", ","):
			// subject: tokens up to the ':' at the line end
			cur = 0
			for j := i + 1; j < len(toks) && j < i+40; j++ {
				if toks[j].nl {
					break
				}
				if e.op(j) == opColon && int(toks[j].parent) == int(toks[i].parent) {
					cur = e.subjectBefore(j - 1)
					break
				}
			}
		case e.spec.lang == Python && e.op(i) == kwCase && toks[i].nl:
			e.setCase(i, cur)
		case e.spec.lang == Ruby && e.op(i) == kwCase && !e.isSep(i-1):
			cur = 0
			if i+1 < len(toks) && !toks[i+1].nl {
				// subject ends at the line end
				j := i + 1
				for j+1 < len(toks) && !toks[j+1].nl && j < i+40 {
					j++
				}
				cur = e.subjectBefore(j)
			}
		case e.spec.lang == Ruby && e.op(i) == kwWhen && !e.isSep(i-1):
			e.setCase(i, cur)
		case e.spec.pyTuple && e.op(i) == kwDef:
			e.defs = append(e.defs, pyDef{tok: int32(i), handler: e.decorated(i) || handlerNames[e.text(i+1)]})
		}
	}
}

func (e *engine) setCase(i int, s int8) {
	if e.caseSubject == nil {
		e.caseSubject = map[int32]int8{}
	}
	e.caseSubject[int32(i)] = s
}

type pyDef struct {
	tok     int32
	handler bool
}

// decorated reports whether the def at i carries a route-like decorator.
func (e *engine) decorated(i int) bool {
	// walk back over the decorator lines directly above
	j := i - 1
	if e.is(j, "async") {
		j--
	}
	for steps := 0; j >= 0 && steps < 200; steps++ {
		t := e.toks[j]
		if t.nl && !e.is(j, "@") {
			// the first token of a line that is not a decorator: stop, unless it is
			// inside a decorator's brackets
			if t.parent < 0 {
				return false
			}
		}
		if e.is(j, "@") && (t.nl || j == 0) {
			for k := j + 1; k < len(e.toks) && k < j+8; k++ {
				if e.isIdent(k) {
					switch e.text(k) {
					case "route", "get", "post", "put", "patch", "delete", "errorhandler", "api_view", "app_errorhandler", "view_config", "websocket", "head", "options":
						return true
					}
				}
			}
		}
		j--
	}
	return false
}

// responseFirst: calls that build a response body, as the first element
// of a returned pair outside recognizable handlers.
var responseFirst = map[string]bool{
	"jsonify": true, "render_template": true, "make_response": true, "dumps": true, "Response": true,
	"render": true, "send_file": true, "render_template_string": true, "send_from_directory": true,
	"JSONResponse": true, "HTMLResponse": true, "PlainTextResponse": true,
}

// handlerNames are method names of class-based views.
var handlerNames = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "head": true,
	"options": true, "dispatch_request": true,
}

// returnTuple: the value at lo is the second element of `return a, _`.
func (e *engine) returnTuple(lo int) int8 {
	toks := e.toks
	par := toks[lo].parent
	first := -1
	j := lo - 2
	for steps := 0; j >= 0 && steps < 256; steps++ {
		t := toks[j]
		if t.parent != par {
			if int32(j) == par {
				// return (a, _)
				if e.op(j-1) == kwReturn {
					first = j + 1
				}
				break
			}
			j--
			continue
		}
		if e.op(j) == opComma || e.op(j) == opSemi {
			return 0 // only the second element
		}
		if e.op(j) == kwReturn {
			first = j + 1
			break
		}
		if t.nl {
			break
		}
		j--
	}
	if first < 0 || first >= lo-1 {
		return 0
	}
	// which def does this return belong to?
	handler := false
	if k := sort.Search(len(e.defs), func(k int) bool { return int(e.defs[k].tok) >= lo }); k > 0 {
		handler = e.defs[k-1].handler
	}
	if handler || (e.op(first) == opLBrace || e.op(first) == opLBrack) {
		return weak
	}
	// a response-building call: return jsonify(x), 404
	if toks[first].kind == tIdent {
		j := first
		for e.isSep(j+1) && e.isIdent(j+2) {
			j += 2
		}
		if e.op(j+1) == opLParen && responseFirst[e.text(j)] {
			return weak
		}
	}
	return 0
}

// lastNameOf returns the name that decides what kind of thing the
// expression from..to is: the called function for calls (json.dumps(...)
// -> dumps), the whole name otherwise.
func (e *engine) lastNameOf(from, to int) string {
	j := from
	name := e.text(j)
	for j < to {
		if e.isSep(j+1) && e.isIdent(j+2) {
			j += 2
			name = e.text(j)
			continue
		}
		break
	}
	return name
}

// command: Ruby paren-less calls on one line: head 404, halt 404, 'x',
// assert_response :not_found, expect(r.status).to eq 404, assert_equal 404, r.status.
func (e *engine) command(lo int) (Role, string, int8) {
	toks := e.toks
	if toks[lo].nl {
		return 0, "", 0
	}
	par := toks[lo].parent
	commas := 0
	for j, steps := lo-1, 0; j >= 0 && steps < 64; j, steps = j-1, steps+1 {
		t := toks[j]
		if t.parent != par {
			if int32(j) == par {
				return 0, "", 0
			}
			continue
		}
		if e.op(j) == opComma {
			commas++
		} else if e.isIdent(j) && e.op(j+1) != opLParen && e.op(j+1) != opComma && j+1 < len(toks) && toks[j+1].start > t.end {
			name := e.text(j)
			c := call{name: name, nameIdx: j, method: e.isSep(j - 1)}
			for _, sh := range e.spec.shapesOf(name) {
				if sh.cmd && sh.kw == "" && (sh.arg < 0 || sh.arg == commas) && recvMatches(sh.recv, c) {
					if sh.weak {
						return sh.role, sh.name, weak
					}
					return sh.role, sh.name, strong
				}
			}
			if isMatcherName(name) && commas == 0 && j == lo-1 {
				if s := e.matcherSubject(j); s > 0 {
					return RoleCompare, "matcher", s
				}
			}
			if isAssertName(name) {
				// other arguments on the line
				var best int8
				for k := j + 1; k < len(toks) && k < j+64; k++ {
					if toks[k].nl {
						break
					}
					if k != lo && toks[k].parent == par && (e.op(k+1) == opComma || k+1 >= len(toks) || toks[k+1].nl) {
						if s := e.subjectBefore(k); s > best {
							best = s
						}
					}
				}
				if best > 0 {
					return RoleCompare, "assert", best
				}
			}
		}
		if t.nl {
			break
		}
	}
	return 0, "", 0
}

// altStart finds the token before an alternation a || b || _ that ends at
// the operator op.
func (e *engine) altStart(op int) int {
	par := e.toks[op].parent
	for j, steps := op-1, 0; j >= 0 && steps < 32; j, steps = j-1, steps+1 {
		t := e.toks[j]
		if t.parent != par {
			if int32(j) == par {
				return j
			}
			continue
		}
		if altStopSet.has(e.op(j)) {
			return j
		}
		if t.nl {
			return j - 1
		}
	}
	return op
}

// inImport reports whether token i is part of an import statement.
func (e *engine) inImport(i int) bool {
	j := i - 1
	jumped := false
	for steps := 0; j >= 0 && steps < 64; steps++ {
		if e.op(j) == kwImport && !e.isSep(j-1) {
			return true
		}
		if e.is(j, "use") && !e.isSep(j-1) && (e.toks[j].nl || e.op(j-1) == opSemi || e.op(j-1) == opLBrace || e.op(j-1) == opRBrace) {
			return true // PHP / Rust: a statement that starts with use
		}
		if e.toks[j].nl {
			// a line start: an import spans lines only inside its brackets,
			// so look once more, from the bracket that opened on the import's line
			if p := e.toks[j].parent; p >= 0 && int(p) < j && !jumped {
				j = int(p)
				jumped = true
				continue
			}
			return false
		}
		j--
	}
	return false
}

// isErrorClass: an application's own HTTP error type, new ApiError(404, ...),
// raise HttpError("x", 503). Only plausible codes count (the caller passes
// weak), so ValueError("x", 3) stays silent.
func isErrorClass(name string) bool {
	if !(strings.HasSuffix(name, "Error") || strings.HasSuffix(name, "Exception")) || len(name) < 8 {
		return false
	}
	if name[0] < 'A' || name[0] > 'Z' {
		return false
	}
	if strings.Contains(name, "Http") || strings.Contains(name, "HTTP") {
		return true
	}
	for _, p := range []string{"Api", "API", "Rest", "REST", "Web", "Status"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

func keyLabel(op string) string {
	switch op {
	case "=":
		return "key="
	case "=>":
		return "key=>"
	}
	return "key:"
}

// ternaryElse reports whether the ':' at c is the else part of a ternary
// (a ? b : c) inside the current argument.
func (e *engine) ternaryElse(c int) bool {
	par := e.toks[c].parent
	for j, steps := c-1, 0; j >= 0 && steps < 32; j, steps = j-1, steps+1 {
		t := e.toks[j]
		if t.parent != par {
			if int32(j) == par {
				return false
			}
			continue
		}
		switch t.op {
		case opQuest:
			return true
		case opComma, opSemi, opColon:
			return false
		}
	}
	return false
}

// findStatusParams records the functions this file defines that take a
// status-named parameter (function errorResponse(message, status) {...},
// def fail(msg, status_code=400):, ResponseEntity<X> err(String m, int status) {),
// so that calls to them with a literal in that position count.
func (e *engine) findStatusParams() {
	toks := e.toks
	for i := 1; i < len(toks); i++ {
		if toks[i].op != opLParen || toks[i].match < 0 {
			continue
		}
		// most parentheses are calls: a definition's list is followed by
		// its body, a return type or an arrow
		if e.spec.lang == Python || e.spec.lang == Ruby {
			if !e.isIdent(i-1) || !e.is(i-2, "def") {
				continue
			}
		} else {
			cl := int(toks[i].match)
			switch nx := e.op(cl + 1); {
			case nx == opLBrace, nx == opColon, nx == opArrow, nx == opFatArrow, e.isIdent(cl+1) && !toks[cl+1].nl:
			default:
				continue
			}
		}
		name, ok := e.definedAt(i)
		if !ok {
			continue
		}
		ctor := name == "constructor" || name == "__construct"
		if ctor {
			// JS/PHP constructors: calls are new ClassName(...)
			if name = e.className(i - 1); name == "" {
				continue
			}
		}
		pyInit := e.spec.lang == Python && name == "__init__"
		if pyInit {
			// class AppError(Exception): def __init__(self, msg, status_code=500)
			if name = e.pyClassName(i - 2); name == "" {
				continue
			}
			ctor = true
		}
		cl := int(toks[i].match)
		var bits uint32
		arg, ntok, hit := 0, 0, false
		sure := !e.isIdent(i-1) || e.definerKeyword(i) || ctor // (msg, status) =>, def f(status)
		flush := func() {
			if hit && arg < 32 && (ntok >= 2 || sure) {
				bits |= 1 << arg
			}
		}
		inDefault := false
		for j := i + 1; j < cl; j++ {
			if int(toks[j].parent) != i {
				continue
			}
			if toks[j].op == opComma {
				flush()
				arg, ntok, hit, inDefault = arg+1, 0, false, false
				continue
			}
			if toks[j].op == opAssign {
				inDefault = true
				// def make_error(message, code=400): a code parameter whose
				// default is a status, in a function that builds a response
				if !hit && e.isIdent(j-1) && toks[j+1].kind == tNumber && j+1 < cl && errorishFunc(name) {
					if v, ok := decInt(e.src[toks[j+1].start:toks[j+1].end]); ok && plausible(v) && strings.HasSuffix(strings.ToLower(e.text(j-1)), "code") {
						hit, ntok = true, 2
					}
				}
			}
			if inDefault {
				continue
			}
			ntok++
			if toks[j].kind == tIdent && mayNameStatus(e.src[toks[j].start:toks[j].end]) && nameStrength(strings.TrimPrefix(e.text(j), "$"), "") > 0 {
				hit = true
			}
		}
		flush()
		if pyInit {
			bits >>= 1 // calls leave out self
		}
		if bits != 0 {
			if e.statusParams == nil {
				e.statusParams = map[string]uint32{}
			}
			e.statusParams[name] |= bits
			e.paramFilter.add(name)
		}
	}
}

// className finds the class whose body holds token k (a constructor's
// name): class NAME [extends X] [implements Y, Z] { ... }.
func (e *engine) className(k int) string {
	body := int(e.toks[k].parent)
	if body < 1 || e.op(body) != opLBrace {
		return ""
	}
	for j := body - 1; j >= 0 && j > body-16; j-- {
		if e.is(j, "class") {
			if e.isIdent(j + 1) {
				return e.text(j + 1)
			}
			return ""
		}
	}
	return ""
}

// pyClassName finds the class a Python def at token d belongs to: the
// nearest class statement above it that is indented less.
func (e *engine) pyClassName(d int) string {
	indent := func(k int) int {
		ls := int(e.toks[k].start)
		for ls > 0 && e.src[ls-1] != '\n' {
			ls--
		}
		n := 0
		for ls+n < len(e.src) && (e.src[ls+n] == ' ' || e.src[ls+n] == '\t') {
			n++
		}
		return n
	}
	own := indent(d)
	for j := d - 1; j >= 0 && j > d-4096; j-- {
		if !e.toks[j].nl && j > 0 {
			continue
		}
		if in := indent(j); in < own {
			if e.is(j, "class") && e.isIdent(j+1) {
				return e.text(j + 1)
			}
			return ""
		}
	}
	return ""
}

// definerKeyword reports whether the parameter list at open follows
// def/function/fun/fn NAME.
func (e *engine) definerKeyword(open int) bool {
	return e.isIdent(open-1) && e.isAny(open-2, "def", "function", "fun", "fn")
}

// definedAt reports whether the parenthesis at open starts the parameter
// list of a function definition, and the function's name.
func (e *engine) definedAt(open int) (string, bool) {
	k := open - 1
	if !e.isIdent(k) {
		// const errorResponse = (msg, status) => ..., = async (...) =>
		cl := int(e.toks[open].match)
		if e.op(cl+1) != opFatArrow {
			return "", false
		}
		if e.is(k, "async") {
			k--
		}
		if e.op(k) == opAssign && e.isIdent(k-1) && !e.isSep(k-2) {
			return e.text(k - 1), true
		}
		return "", false
	}
	if e.isKeywordTok(k) || e.isSep(k-1) || e.is(k-1, "new") {
		return "", false
	}
	if e.definerKeyword(open) {
		return e.text(k), true
	}
	switch e.spec.lang {
	case Python, Ruby:
		return "", false
	}
	// NAME(params) [: Type | -> Type | throws X] {
	cl := int(e.toks[open].match)
	for j := cl + 1; j < len(e.toks) && j < cl+12; j++ {
		switch e.op(j) {
		case opLBrace:
			return e.text(k), j == cl+1 || e.op(cl+1) == opColon || e.op(cl+1) == opArrow || e.is(cl+1, "throws")
		case opSemi, opRBrace, opAssign, opFatArrow:
			return "", false
		}
		if e.toks[j].nl && j > cl+1 {
			return "", false
		}
	}
	return "", false
}

// statusFunc reports whether token lo lies in the body of a function whose
// name says it yields a status (statusFor, getStatusCodeFromError,
// http_status_for, toHttpStatus).
func (e *engine) statusFunc(lo int) bool {
	name := ""
	if e.spec.lang == Python {
		// the nearest def before lo (e.defs is in token order)
		k := sort.Search(len(e.defs), func(k int) bool { return int(e.defs[k].tok) >= lo }) - 1
		if k >= 0 && e.isIdent(int(e.defs[k].tok)+1) {
			name = e.text(int(e.defs[k].tok) + 1)
		}
	} else if e.spec.lang == Ruby {
		// the nearest def before lo
		for j := lo - 1; j >= 0 && j > lo-400; j-- {
			if e.toks[j].op == kwDef && e.isIdent(j+1) {
				name = e.text(j + 1)
				break
			}
		}
	} else {
		b := int(e.toks[lo].parent)
		for hops := 0; b > 0 && hops < 6; hops++ {
			if e.op(b) == opLBrace {
				// ) { or ): Type {
				j := b - 1
				for steps := 0; j > 0 && steps < 8 && e.op(j) != opRParen; steps++ {
					if e.op(j) == opSemi || e.op(j) == opRBrace || e.op(j) == opLBrace {
						j = -1
						break
					}
					j--
				}
				if j > 0 && e.op(j) == opRParen {
					if o := int(e.toks[j].match); o > 0 {
						if n, ok := e.definedAt(o); ok {
							name = n
							break
						}
					}
				}
			}
			b = int(e.toks[b].parent)
		}
	}
	return statusFuncName(name)
}

func statusFuncName(name string) bool {
	if name == "" || len(name) > 40 {
		return false
	}
	var buf [40]byte
	n := string(normName(&buf, name))
	rest := ""
	if k := strings.LastIndex(n, "status"); k >= 0 {
		rest = n[k+6:]
	} else if k := strings.LastIndex(n, "httpcode"); k >= 0 {
		rest = n[k+8:]
	} else {
		return false
	}
	// statusFor, httpStatusOf, getStatusCodeFromError, toHttpStatus; not
	// statusTimeout or statusColor
	code := strings.HasPrefix(rest, "code")
	rest = strings.TrimPrefix(rest, "code")
	if rest == "" {
		// getStatus() may be any record's state; getStatusCode(), toHttpStatus() are not
		return code || strings.Contains(n, "http") || strings.Contains(n, "response")
	}
	return strings.HasPrefix(rest, "for") || strings.HasPrefix(rest, "of") || strings.HasPrefix(rest, "from")
}

// isTheoryAttr: attributes that feed the parameters of the test method
// they decorate.
func isTheoryAttr(name string) bool {
	switch name {
	case "InlineData", "TestCase", "DataRow":
		return true
	}
	return false
}

// theoryParam rates parameter arg of the method defined after the
// attribute call opened at open ([InlineData("/x", 404)] ... Get(string
// url, int expectedStatus)).
func (e *engine) theoryParam(open, arg int) int8 {
	cl := int(e.toks[open].match)
	if cl < 0 {
		return 0
	}
	for j := cl + 1; j < len(e.toks) && j < cl+160; j++ {
		switch e.op(j) {
		case opLBrace, opSemi, opAssign:
			return 0
		case opLParen:
			if _, ok := e.definedAt(j); !ok {
				if m := int(e.toks[j].match); m > j {
					j = m
				}
				continue
			}
			end := int(e.toks[j].match)
			k := 0
			var best int8
			for i := j + 1; i < end; i++ {
				if int(e.toks[i].parent) != j {
					continue
				}
				if e.op(i) == opComma {
					k++
					continue
				}
				if k == arg && e.isIdent(i) {
					if s := paramStatusName(e.text(i)); s > best {
						best = s
					}
					if s := nameStrength(e.text(i), ""); s > 0 {
						best = weak
					}
				}
			}
			return best
		}
	}
	return 0
}

// eachParam rates a value in a jest/vitest .each table whose innermost
// bracket opens at open (element arg of it) by the callback parameter it
// binds.
func (e *engine) eachParam(open, arg int) int8 {
	list, elem := open, 0
	if up := int(e.toks[open].parent); up >= 0 && e.op(up) == opLBrack {
		list, elem = up, arg
	}
	call := int(e.toks[list].parent)
	if call < 0 || e.op(call) != opLParen || e.toks[list].arg != 0 || !e.is(call-1, "each") || !e.isSep(call-2) {
		return 0
	}
	cl := int(e.toks[call].match)
	if cl < 0 || e.op(cl+1) != opLParen {
		return 0
	}
	end := int(e.toks[cl+1].match)
	for j := cl + 2; j < end && j < cl+40; j++ {
		if e.op(j) != opLParen || int(e.toks[j].parent) != cl+1 {
			continue
		}
		m := int(e.toks[j].match)
		if m < 0 || !(e.op(m+1) == opFatArrow || e.op(m+1) == opLBrace || e.op(m+1) == opColon) {
			continue
		}
		// (status, why) => / function (status) { / async ({ status }) =>
		k := 0
		var best int8
		for i := j + 1; i < m; i++ {
			if e.op(i) == opComma && int(e.toks[i].parent) == j {
				k++
				continue
			}
			if k == elem && e.isIdent(i) && (int(e.toks[i].parent) == j || e.op(i-1) != opColon) {
				if s := paramStatusName(e.text(i)); s > best {
					best = s
				}
			}
		}
		return best
	}
	return 0
}

// cypressShould rates argument arg of a chai-style .should( call opened at
// open: .its('status').should('eq', 404), .its('response.statusCode')
// .should('equal', 201), .should('have.property', 'status', 200).
func (e *engine) cypressShould(open, arg int) int8 {
	if e.kind(open+1) != tString || e.op(open+2) != opComma {
		return 0
	}
	switch e.content(open + 1) {
	case "eq", "equal", "eql", "deep.equal":
		// the receiver must be .its('...status')
		r := open - 3
		if arg != 1 || e.op(r) != opRParen || !e.isSep(open-2) {
			return 0
		}
		o := int(e.toks[r].match)
		if o < 1 || !e.is(o-1, "its") || e.kind(o+1) != tString || o+2 != r {
			return 0
		}
		return pathStatus(e.content(o + 1))
	case "have.property":
		if arg != 2 || e.kind(open+3) != tString || e.op(open+4) != opComma {
			return 0
		}
		return pathStatus(e.content(open + 3))
	}
	return 0
}

// pathStatus rates a property path ("response.statusCode") by its last name.
func pathStatus(path string) int8 {
	if k := strings.LastIndexByte(path, '.'); k >= 0 {
		path = path[k+1:]
	}
	return nameStrength(path, "")
}

// rustIntSuffix is the length of a Rust integer type suffix (200u16) after
// at least one digit, 0 if none.
func rustIntSuffix(b []byte) int {
	for _, suf := range [...]string{"u16", "u32", "u64", "i16", "i32", "i64", "usize", "isize"} {
		if len(b) > len(suf) && string(b[len(b)-len(suf):]) == suf && isDigit(b[len(b)-len(suf)-1]) {
			return len(suf)
		}
	}
	return 0
}

// returned reports whether the expression whose operator token is p is
// the value of a return statement (return x ? 404 : 409).
func (e *engine) returned(p int) bool {
	if e.op(p) == kwReturn {
		return true
	}
	h := e.ternaryHead(p)
	return h >= 0 && e.op(h) == kwReturn
}

// ternaryHead finds the token that introduces the conditional expression
// whose branch operator (? or :) is p: the return keyword or the = of an
// assignment; -1 if none is found nearby.
func (e *engine) ternaryHead(p int) int {
	par := e.toks[p].parent
	for j, steps := p-1, 0; j >= 0 && steps < 40; j, steps = j-1, steps+1 {
		if e.toks[j].parent != par {
			if int32(j) == par {
				return -1
			}
			continue
		}
		switch e.op(j) {
		case kwReturn, opAssign:
			return j
		case opSemi, opLBrace, opRBrace, opComma:
			return -1
		}
		if e.toks[j].nl && e.spec.lang == Python {
			return -1
		}
	}
	return -1
}

// errorishFunc: a function whose name says it builds an error or response.
func errorishFunc(name string) bool {
	var buf [40]byte
	if len(name) > 40 {
		return false
	}
	n := string(normName(&buf, name))
	for _, w := range [...]string{"error", "response", "fail", "abort", "reply", "respond", "problem", "json"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// httpEnum reports whether the brace at open is the body of an enum whose
// name says it lists HTTP statuses (enum HttpStatusCode, enum ResponseCodes;
// not enum OrderStatus).
func (e *engine) httpEnum(open int) bool {
	k := open - 1
	if e.isIdent(k) && e.op(k-1) == opColon && e.isIdent(k-2) { // C#: enum ApiStatus : int {
		k -= 2
	}
	if !e.isIdent(k) || !e.is(k-1, "enum") {
		return false
	}
	var buf [40]byte
	name := e.text(k)
	if len(name) > 40 {
		return false
	}
	n := string(normName(&buf, name))
	return strings.Contains(n, "http") || strings.Contains(n, "statuscode") || strings.Contains(n, "responsecode") || strings.Contains(n, "responsestatus")
}

// mayNameStatus is a quick filter for nameStrength: every status-holding
// name contains "tatus" or "ode" (status, statusCode, responseCode).
func mayNameStatus(b []byte) bool {
	for i := 0; i+3 <= len(b); i++ {
		switch c := b[i] | 0x20; c {
		case 't':
			if i+5 <= len(b) && b[i+1]|0x20 == 'a' && b[i+2]|0x20 == 't' && b[i+3]|0x20 == 'u' && b[i+4]|0x20 == 's' {
				return true
			}
		case 'o':
			if b[i+1]|0x20 == 'd' && b[i+2]|0x20 == 'e' {
				return true
			}
		}
	}
	return false
}
