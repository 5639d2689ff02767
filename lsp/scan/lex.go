package scan

import "unsafe"

// The shared lexer of the non-Go languages. One loop serves every language:
// a lexConfig switches on the comment and string forms a language has. The
// lexer only needs to be right about where code ends and strings or comments
// begin; it does not validate anything and never fails. Every token carries
// its byte range, and string tokens also the range of their content.

type tokKind uint8

const (
	tIdent  tokKind = iota // names and keywords (PHP $vars include the $)
	tNumber                // any numeric literal; see isDecInt
	tString                // a string or char literal (or a piece of an interpolated one)
	tPunct                 // an operator or bracket, longest match
	tSymbol                // Ruby :name symbol (range: the name without the colon)
)

type token struct {
	start, end int32 // byte range of the token
	parent     int32 // index of the innermost open bracket around the token, -1 if none
	match      int32 // brackets: index of the matching bracket, -1 if unmatched
	arg        uint16
	kind       tokKind
	op         uint8 // operator or keyword id (lex_ops.go), opNone for other tokens
	nl         bool  // a line break lies between the previous token and this one
	pre, post  uint8 // strings: bytes before and after the content (quotes, prefixes)
}

// noContent in both pre and post marks a token whose content range could
// not be recorded (a prefix longer than 254 bytes): its content is empty.
const noContent = 255

// cs and ce are the byte range of a string token's content.
func (t *token) cs() int32 {
	if t.pre == noContent && t.post == noContent {
		return t.start
	}
	return t.start + int32(t.pre)
}

func (t *token) ce() int32 {
	if t.pre == noContent && t.post == noContent {
		return t.start
	}
	return t.end - int32(t.post)
}

// bracket is an open bracket on the lexer's stack.
type bracket struct {
	idx  int32
	args uint16
	open byte
}

// lexConfig says which forms a language has.
type lexConfig struct {
	slashComments bool // // and /* */
	nestComments  bool // /* /* */ */ nests (Rust, Kotlin)
	hashComments  bool // # to end of line (Python, Ruby, PHP; PHP: not #[)
	jsStrings     bool // 'x' "x" `x ${e}` and /regex/
	pyStrings     bool // prefixes r b f u, triple quotes
	javaStrings   bool // "x" 'c' and """ text blocks; Kotlin adds ${} templates
	kotlin        bool // ${} in strings, `backtick names`
	rustStrings   bool // r#"x"#, b"x", 'c' vs 'lifetime
	csStrings     bool // @"x" $"{e}" """raw""" 'c'
	rubyStrings   bool // 'x' "#{e}" %w[] %q() heredocs :symbols =begin
	phpStrings    bool // 'x' "x" heredoc/nowdoc, $vars, <?php ... ?>
}

// interpolation state: a string whose ${...} part is being lexed as code.
type interp struct {
	depth  int  // brace depth at which the interpolation closes
	quote  byte // quote that resumes the string ('`', '"')
	triple bool
	verb   bool // C# verbatim ("" escapes)
}

type lexer struct {
	src          []byte
	cfg          *lexConfig
	toks         []token // storage: the tokens so far are toks[:n]
	n            int
	nl           bool
	depth        int // brace depth, for interpolations
	stack        []interp
	noRegexUntil int // a '/' before here cannot start a regex (an earlier try failed)
	brackets     []bracket
	par          int32  // index of the innermost open bracket (-1: none), the top of brackets
	parArgs      uint16 // its commas so far
	// Ruby heredocs whose bodies start at the next line break.
	heredocs []heredoc
}

type heredoc struct {
	tag    string
	indent bool // <<~ or <<- : closing tag may be indented
}

// Byte classes of the lexer, one table lookup instead of chains of compares.
const (
	clIdentStart uint8 = 1 << iota // _ a-z A-Z and every byte >= 0x80
	clDigit                        // 0-9
	clSpace                        // space \t \r \f \v (not \n)
	clDollar                       // $ (a name byte in JS)
	clPunct                        // + - * ! & | > ^: always a plain operator
	clOne                          // ( ) [ ] { , ; ~: always a one-byte plain operator
	clPunctRP                      // : < ? %: a plain operator except in Ruby and PHP
	clIdent      = clIdentStart | clDigit
)

var lexClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80:
			t[c] = clIdentStart
		case c >= '0' && c <= '9':
			t[c] = clDigit
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			t[c] = clSpace
		case c == '$':
			t[c] = clDollar
		case c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == ',' || c == ';' || c == '~':
			t[c] = clOne
		case c == '+' || c == '-' || c == '*' || c == '!' || c == '&' || c == '|' || c == '>' || c == '^':
			t[c] = clPunct
		case c == ':' || c == '<' || c == '?' || c == '%':
			t[c] = clPunctRP
		}
	}
	return t
}()

func isIdentStart(c byte) bool { return lexClass[c]&clIdentStart != 0 }

func isIdentChar(c byte) bool { return lexClass[c]&clIdent != 0 }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// lex splits src into tokens. It costs O(len(src)) and accepts any bytes.
func lex(src []byte, cfg *lexConfig) []token {
	return lexInto(nil, src, cfg)
}

// lexInto is lex appending to buf[:0], so callers can reuse token storage.
func lexInto(buf []token, src []byte, cfg *lexConfig) []token {
	if want := len(src)/4 + 16; cap(buf) < want {
		buf = make([]token, want)
	}
	lx := &lexer{src: src, cfg: cfg, toks: buf[:cap(buf)], nl: true, par: -1}
	i := 0
	if cfg.phpStrings {
		i = lx.phpOutside(0)
	}
	ruby := cfg.rubyStrings
	plain := clPunct // the classes that are always a plain operator here
	if !cfg.rubyStrings && !cfg.phpStrings {
		plain |= clPunctRP
	}
	for i < len(src) {
		// the common bytes are dispatched here; step handles the rest
		c := src[i]
		cl := lexClass[c]
		switch {
		case cl&clIdentStart != 0 && (c != '_' || !ruby):
			i = lx.identOrString(i)
		case cl&clDigit != 0:
			i = lx.number(i)
		case cl&clSpace != 0:
			i++
			for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\r') {
				i++
			}
		case c == '\n' && len(lx.heredocs) == 0:
			lx.nl = true
			i++
		case cl&clOne != 0:
			if c == '{' {
				lx.depth++
			}
			lx.emitOp(tPunct, i, i+1, punctOp1[c])
			i++
		case c == '}' && len(lx.stack) == 0:
			lx.depth--
			lx.emitOp(tPunct, i, i+1, opRBrace)
			i++
		case cl&plain != 0,
			c == '=' && !(ruby && (i == 0 || src[i-1] == '\n')),
			c == '.' && !(i+1 < len(src) && isDigit(src[i+1]) && !(i > 0 && src[i-1] == '.')):
			i = lx.punct(i)
		default:
			i = lx.step(i)
		}
	}
	return lx.toks[:lx.n]
}

// emit appends a token; for punctuation and names the id comes from the text.
func (lx *lexer) emit(k tokKind, s, e, cs, ce int) {
	switch k {
	case tPunct:
		lx.emitOp(k, s, e, opOf(lx.src[s:e]))
	case tIdent:
		lx.emitOp(k, s, e, kwOf(lx.src[s:e]))
	case tString:
		t := lx.push(k, s, e, opNone)
		pre, post := cs-s, e-ce
		if pre < 0 || post < 0 || pre >= noContent || post >= noContent {
			t.pre, t.post = noContent, noContent
		} else {
			t.pre, t.post = uint8(pre), uint8(post)
		}
	default:
		lx.push(k, s, e, opNone)
	}
}

// push stores the next token in lx.toks[lx.n] (growing the storage when it
// is full) and links it into the bracket structure. Only the fields push
// sets are written; pre and post are zero.
func (lx *lexer) push(k tokKind, s, e int, op uint8) *token {
	if lx.n >= len(lx.toks) {
		lx.grow()
	}
	i := lx.n
	lx.n++
	t := &lx.toks[i]
	parent, arg := lx.par, lx.parArgs
	*t = token{kind: k, op: op, nl: lx.nl, start: int32(s), end: int32(e), parent: parent, match: -1, arg: arg}
	lx.nl = false
	return t
}

func (lx *lexer) grow() {
	n := 2 * len(lx.toks)
	if n < 64 {
		n = 64
	}
	toks := make([]token, n)
	copy(toks, lx.toks[:lx.n])
	lx.toks = toks
}

// emitOp appends a name or punctuation token with its operator/keyword id
// (push, written out for speed). Brackets and commas (ids up to opComma)
// update the bracket structure, as the tokens arrive.
func (lx *lexer) emitOp(k tokKind, s, e int, op uint8) {
	if lx.n >= len(lx.toks) {
		lx.grow()
	}
	i := lx.n
	lx.n++
	t := &lx.toks[i]
	parent, arg := lx.par, lx.parArgs
	t.start = int32(s)
	t.end = int32(e)
	t.parent = parent
	t.match = -1
	t.arg = arg
	t.kind = k
	t.op = op
	t.nl = lx.nl
	t.pre = 0
	t.post = 0
	lx.nl = false
	if op == opNone || op > opComma {
		return
	}
	lx.bracketTok(t, int32(i), lx.src[s])
}

// bracketTok updates the bracket structure for the bracket or comma t
// (index i, first byte c).
func (lx *lexer) bracketTok(t *token, i int32, c byte) {
	switch c {
	case '(', '[', '{':
		lx.brackets = append(lx.brackets, bracket{idx: i, open: c})
		lx.par, lx.parArgs = i, 0
	case ')', ']', '}':
		want := byte('(')
		if c == ']' {
			want = '['
		} else if c == '}' {
			want = '{'
		}
		for j := len(lx.brackets) - 1; j >= 0 && j >= len(lx.brackets)-3; j-- {
			if lx.brackets[j].open == want {
				o := lx.brackets[j].idx
				lx.toks[o].match = i
				t.match = o
				lx.brackets = lx.brackets[:j]
				break
			}
		}
		if n := len(lx.brackets); n > 0 {
			lx.par, lx.parArgs = lx.brackets[n-1].idx, lx.brackets[n-1].args
		} else {
			lx.par, lx.parArgs = -1, 0
		}
		t.parent, t.arg = lx.par, lx.parArgs
	case ',':
		if n := len(lx.brackets); n > 0 && lx.brackets[n-1].args < 0xffff {
			lx.brackets[n-1].args++
			lx.parArgs = lx.brackets[n-1].args
		}
	}
}

func (lx *lexer) prevKind() (tokKind, string, bool) {
	if lx.n == 0 {
		return 0, "", false
	}
	t := lx.toks[lx.n-1]
	if t.end <= t.start {
		return t.kind, "", true
	}
	return t.kind, unsafe.String(&lx.src[t.start], int(t.end-t.start)), true
}

// regexAllowed reports whether a '/' here starts a regular expression
// (JS, Ruby): after an operator, an opening bracket, a keyword or nothing.
func (lx *lexer) regexAllowed() bool {
	k, text, ok := lx.prevKind()
	if !ok {
		return true
	}
	switch k {
	case tNumber, tString, tSymbol:
		return false
	case tIdent:
		switch text {
		case "return", "typeof", "case", "in", "of", "new", "delete", "void", "throw", "yield", "await", "when", "if", "unless", "and", "or", "not", "else", "elsif", "puts":
			return true
		}
		return false
	case tPunct:
		switch text {
		case ")", "]", "}":
			return false
		}
	}
	return true
}

func (lx *lexer) step(i int) int {
	src, cfg := lx.src, lx.cfg
	c := src[i]
	// fast paths: names and numbers cannot start a comment or anything
	// tested below before them (except Ruby's __END__ line)
	switch cl := lexClass[c]; {
	case cl&clIdentStart != 0 && (c != '_' || !cfg.rubyStrings):
		return lx.identOrString(i)
	case cl&clDigit != 0:
		return lx.number(i)
	}
	switch {
	case c == '\n':
		lx.nl = true
		if len(lx.heredocs) > 0 {
			return lx.heredocBodies(i + 1)
		}
		return i + 1
	case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
		i++
		for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\r') {
			i++
		}
		return i
	}
	next := byte(0)
	if i+1 < len(src) {
		next = src[i+1]
	}
	// comments
	if cfg.slashComments && c == '/' && next == '/' {
		return lineEnd(src, i)
	}
	if cfg.slashComments && c == '/' && next == '*' {
		return lx.blockComment(i)
	}
	if cfg.hashComments && c == '#' && !(cfg.phpStrings && next == '[') {
		e := lineEnd(src, i)
		if cfg.phpStrings {
			if k := indexFrom(src[i:e], "?>"); k >= 0 {
				return i + k
			}
		}
		return e
	}
	if cfg.rubyStrings && c == '=' && (i == 0 || src[i-1] == '\n') && hasPrefixAt(src, i, "=begin") {
		if k := indexFrom(src[i:], "\n=end"); k >= 0 {
			return lineEnd(src, i+k+1)
		}
		return len(src)
	}
	if cfg.rubyStrings && c == '_' && (i == 0 || src[i-1] == '\n') && hasPrefixAt(src, i, "__END__") {
		return len(src)
	}
	if cfg.phpStrings && c == '?' && next == '>' {
		lx.nl = true
		return lx.phpOutside(i + 2)
	}
	// closing an interpolation
	if c == '}' && len(lx.stack) > 0 && lx.depth == lx.stack[len(lx.stack)-1].depth {
		st := lx.stack[len(lx.stack)-1]
		lx.stack = lx.stack[:len(lx.stack)-1]
		lx.depth--
		return lx.quoted(i, i+1, st.quote, st.triple, st.verb, true)
	}
	switch {
	case isDigit(c) || c == '.' && isDigit(next) && !(i > 0 && src[i-1] == '.'):
		return lx.number(i)
	case isIdentStart(c) || c == '$' && (cfg.phpStrings || cfg.jsStrings):
		return lx.identOrString(i)
	case c == '"' || c == '\'' || c == '`':
		return lx.stringStart(i)
	}
	if cfg.csStrings && (c == '@' || c == '$') {
		j := i
		verb, interp := false, false
		for j < len(src) && j < i+3 && (src[j] == '@' || src[j] == '$') {
			if src[j] == '@' {
				verb = true
			} else {
				interp = true
			}
			j++
		}
		if j < len(src) && src[j] == '"' {
			if !verb && hasPrefixAt(src, j, `"""`) {
				return lx.rawQuoted(i, j)
			}
			if interp {
				return lx.quoted(i, j+1, '"', false, verb, true)
			}
			return lx.quoted(i, j+1, '"', false, verb, false)
		}
	}
	if cfg.rubyStrings {
		if e, ok := lx.rubySpecial(i); ok {
			return e
		}
	}
	if cfg.phpStrings && c == '<' && hasPrefixAt(src, i, "<<<") {
		if e, ok := lx.phpHeredoc(i); ok {
			return e
		}
	}
	if (cfg.jsStrings || cfg.rubyStrings) && c == '/' && next != '/' && next != '*' && lx.regexAllowed() {
		return lx.regex(i)
	}
	return lx.punct(i)
}

func lineEnd(src []byte, i int) int {
	for i < len(src) && src[i] != '\n' {
		i++
	}
	return i
}

func hasPrefixAt(src []byte, i int, p string) bool {
	return len(src)-i >= len(p) && string(src[i:i+len(p)]) == p
}

func indexFrom(b []byte, p string) int {
	n := len(p)
	for i := 0; i+n <= len(b); i++ {
		if b[i] == p[0] && string(b[i:i+n]) == p {
			return i
		}
	}
	return -1
}

func (lx *lexer) blockComment(i int) int {
	src := lx.src
	depth := 0
	j := i
	for j < len(src) {
		if src[j] == '/' && j+1 < len(src) && src[j+1] == '*' {
			if depth == 0 || lx.cfg.nestComments {
				depth++
			}
			j += 2
			continue
		}
		if src[j] == '*' && j+1 < len(src) && src[j+1] == '/' {
			depth--
			j += 2
			if depth == 0 {
				return j
			}
			continue
		}
		if src[j] == '\n' {
			lx.nl = true
		}
		j++
	}
	return j
}

func (lx *lexer) number(i int) int {
	src := lx.src
	j := i
	hex := src[j] == '0' && j+1 < len(src) && (src[j+1]|0x20 == 'x' || src[j+1]|0x20 == 'b' || src[j+1]|0x20 == 'o')
	for j < len(src) {
		c := src[j]
		switch {
		case isIdentChar(c) && c < 0x80:
			if !hex && (c|0x20 == 'e') && j+1 < len(src) && (src[j+1] == '+' || src[j+1] == '-') {
				j += 2
				continue
			}
			j++
		case c == '.' && j+1 < len(src) && isDigit(src[j+1]):
			j++
		default:
			lx.emit(tNumber, i, j, i, j)
			return j
		}
	}
	lx.emit(tNumber, i, j, i, j)
	return j
}

func (lx *lexer) identOrString(i int) int {
	src, cfg := lx.src, lx.cfg
	j := i + 1
	mask := clIdent
	if cfg.jsStrings {
		mask |= clDollar
	}
	for j < len(src) && lexClass[src[j]]&mask != 0 {
		j++
	}
	if j < len(src) {
		q := src[j]
		if q == '"' || q == '\'' {
			p := string(src[i:j])
			if cfg.pyStrings && j-i <= 2 && isPyPrefix(p) {
				return lx.pyString(i, j)
			}
			if cfg.rustStrings && (p == "b" || p == "c") {
				if q == '\'' {
					return lx.charOrLifetime(i, j)
				}
				return lx.quoted(i, j+1, '"', false, false, false)
			}
		}
		if cfg.rustStrings && q == '#' || cfg.rustStrings && q == '"' {
			p := string(src[i:j])
			if p == "r" || p == "br" || p == "cr" {
				k := j
				for k < len(src) && src[k] == '#' {
					k++
				}
				if k < len(src) && src[k] == '"' {
					return lx.rustRaw(i, k, k-j)
				}
			}
		}
		if cfg.rubyStrings && (q == '?' || q == '!') && !(j+1 < len(src) && src[j+1] == '=') {
			j++ // Ruby predicate and bang methods: empty?, save!
		}
	}
	lx.emitOp(tIdent, i, j, kwOf(src[i:j]))
	return j
}

func isPyPrefix(p string) bool {
	switch len(p) {
	case 1:
		switch p[0] | 0x20 {
		case 'r', 'b', 'f', 'u', 't':
			return true
		}
	case 2:
		a, b := p[0]|0x20, p[1]|0x20
		return (a == 'r' && (b == 'b' || b == 'f' || b == 't')) || (b == 'r' && (a == 'b' || a == 'f' || a == 't'))
	}
	return false
}

func (lx *lexer) pyString(i, q int) int {
	src := lx.src
	quote := src[q]
	if hasPrefixAt(src, q, string([]byte{quote, quote, quote})) {
		return lx.quoted(i, q+3, quote, true, false, false)
	}
	return lx.quoted(i, q+1, quote, false, false, false)
}

func (lx *lexer) stringStart(i int) int {
	src, cfg := lx.src, lx.cfg
	c := src[i]
	switch {
	case c == '`' && cfg.jsStrings:
		return lx.quoted(i, i+1, '`', false, false, true)
	case c == '`' && cfg.kotlin:
		e := i + 1
		for e < len(src) && src[e] != '`' && src[e] != '\n' {
			e++
		}
		if e < len(src) && src[e] == '`' {
			e++
		}
		lx.emit(tIdent, i, e, i, e)
		return e
	case c == '`' && cfg.rubyStrings:
		return lx.quoted(i, i+1, '`', false, false, false)
	case c == '`':
		return lx.punct(i)
	case c == '\'' && cfg.rustStrings:
		return lx.charOrLifetime(i, i)
	}
	if (cfg.pyStrings || cfg.javaStrings || cfg.csStrings) && hasPrefixAt(src, i, string([]byte{c, c, c})) {
		if cfg.csStrings {
			return lx.rawQuoted(i, i)
		}
		raw := cfg.kotlin // Kotlin """ has no escapes but has templates
		_ = raw
		return lx.quoted(i, i+3, c, true, false, cfg.kotlin)
	}
	interpolates := c == '"' && (cfg.kotlin || cfg.rubyStrings)
	return lx.quoted(i, i+1, c, false, false, interpolates)
}

// quoted lexes string content from j (just after the opening quote, or
// after the } that closed an interpolation) to the closing quote. s is where
// the token starts. An interpolation opener (${ in JS/Kotlin, { in C#
// $"..", #{ in Ruby) ends the token and pushes the string on the stack.
func (lx *lexer) quoted(s, j int, quote byte, triple, verb, interpolates bool) int {
	src, cfg := lx.src, lx.cfg
	cs := j
	for j < len(src) {
		c := src[j]
		switch {
		case c == '\\' && !verb && !(cfg.kotlin && triple):
			j += 2
			continue
		case c == quote:
			if verb && j+1 < len(src) && src[j+1] == quote {
				j += 2
				continue
			}
			if triple {
				if hasPrefixAt(src, j, string([]byte{quote, quote, quote})) {
					e := j + 3
					for e < len(src) && src[e] == quote { // """" closes at the last three
						e++
					}
					lx.emit(tString, s, e, cs, e-3)
					return e
				}
				j++
				continue
			}
			lx.emit(tString, s, j+1, cs, j)
			return j + 1
		case c == '\n':
			lx.nl = true
			if !triple && quote != '`' && !verb && !cfg.rubyStrings && !cfg.phpStrings && !(cfg.rustStrings && quote == '"') {
				// unterminated single-line string: stop at the line end
				lx.emit(tString, s, j, cs, j)
				return j
			}
		case interpolates:
			open := 0
			switch {
			case (quote == '`' || cfg.kotlin) && c == '$' && j+1 < len(src) && src[j+1] == '{':
				open = 2
			case cfg.rubyStrings && c == '#' && j+1 < len(src) && src[j+1] == '{':
				open = 2
			case cfg.csStrings && c == '{':
				if j+1 < len(src) && src[j+1] == '{' {
					j += 2
					continue
				}
				open = 1
			}
			if open > 0 {
				lx.emit(tString, s, j, cs, j)
				lx.depth++
				lx.stack = append(lx.stack, interp{depth: lx.depth, quote: quote, triple: triple, verb: verb})
				return j + open
			}
		}
		j++
	}
	lx.emit(tString, s, len(src), cs, len(src))
	return len(src)
}

// rawQuoted lexes a C# raw string literal: three or more quotes, closed by
// as many. s is the token start (may include $ prefixes), q the first quote.
func (lx *lexer) rawQuoted(s, q int) int {
	src := lx.src
	n := 0
	for q+n < len(src) && src[q+n] == '"' {
		n++
	}
	j := q + n
	for j < len(src) {
		if src[j] == '"' {
			k := j
			for k < len(src) && src[k] == '"' {
				k++
			}
			if k-j >= n {
				lx.emit(tString, s, k, q+n, j)
				return k
			}
			j = k
			continue
		}
		if src[j] == '\n' {
			lx.nl = true
		}
		j++
	}
	lx.emit(tString, s, len(src), q+n, len(src))
	return len(src)
}

func (lx *lexer) rustRaw(s, q, hashes int) int {
	src := lx.src
	j := q + 1
	for j < len(src) {
		if src[j] == '"' {
			k := j + 1
			h := 0
			for k < len(src) && h < hashes && src[k] == '#' {
				k++
				h++
			}
			if h == hashes {
				lx.emit(tString, s, k, q+1, j)
				return k
			}
		}
		if src[j] == '\n' {
			lx.nl = true
		}
		j++
	}
	lx.emit(tString, s, len(src), q+1, len(src))
	return len(src)
}

// charOrLifetime: in Rust 'a' and '\n' are chars, 'a alone is a lifetime or label.
func (lx *lexer) charOrLifetime(s, q int) int {
	src := lx.src
	j := q + 1
	if j < len(src) && src[j] == '\\' {
		// escaped char: '\n', '\'', '\u{1F600}'
		k := j + 2
		for k < len(src) && k < j+12 && src[k] != '\'' && src[k] != '\n' {
			k++
		}
		if k < len(src) && src[k] == '\'' {
			lx.emit(tString, s, k+1, j, k)
			return k + 1
		}
		lx.emit(tPunct, s, q+1, s, q+1)
		return q + 1
	}
	// one (possibly multi-byte) character followed by a quote
	k := j
	if k < len(src) {
		k++
		for k < len(src) && src[k]&0xC0 == 0x80 {
			k++
		}
	}
	if k < len(src) && src[k] == '\'' && j < len(src) && src[j] != '\'' {
		lx.emit(tString, s, k+1, j, k)
		return k + 1
	}
	// lifetime or label: emit the quote as punctuation, the name follows
	lx.emit(tPunct, s, q+1, s, q+1)
	return q + 1
}

// maxRegex bounds how far a '/' looks for the end of a regular expression.
const maxRegex = 2048

func (lx *lexer) regex(i int) int {
	src := lx.src
	if i < lx.noRegexUntil {
		return lx.punct(i)
	}
	j := i + 1
	class := false
	for j < len(src) {
		if j-i > maxRegex {
			// no regex is this long; and do not try again before here, so
			// the scan stays linear
			lx.noRegexUntil = j
			return lx.punct(i)
		}
		c := src[j]
		switch {
		case c == '\\':
			j += 2
			continue
		case c == '\n':
			// not a regex after all: treat the slash as an operator
			lx.noRegexUntil = j
			return lx.punct(i)
		case c == '[':
			class = true
		case c == ']':
			class = false
		case c == '/' && !class:
			j++
			for j < len(src) && isIdentChar(src[j]) && src[j] < 0x80 {
				j++
			}
			lx.emit(tString, i, j, i+1, j)
			return j
		}
		j++
	}
	lx.noRegexUntil = j
	return lx.punct(i)
}

// punctOp is the length and id of the operator at src[i:]: the longest of
// the multi-character operators the context engine cares about, else one
// byte. It agrees with opOf on the text it delimits (lex_test checks).
func punctOp(src []byte, i int) (int, uint8) {
	c := src[i]
	var c1, c2 byte
	if i+1 < len(src) {
		c1 = src[i+1]
	}
	if i+2 < len(src) {
		c2 = src[i+2]
	}
	switch c {
	case '=':
		if c1 == '=' {
			if c2 == '=' {
				return 3, opEq3
			}
			return 2, opEq
		}
		if c1 == '>' {
			return 2, opFatArrow
		}
	case '!':
		if c1 == '=' {
			if c2 == '=' {
				return 3, opNe3
			}
			return 2, opNe
		}
		if c1 == '!' {
			return 2, opBang2
		}
	case '<':
		if c1 == '=' {
			if c2 == '>' {
				return 3, opOtherOp // <=>
			}
			return 2, opLe
		}
		if c1 == '<' {
			if c2 == '=' {
				return 3, opOtherOp // <<=
			}
			return 2, opShl
		}
		if c1 == '>' {
			return 2, opLtGt
		}
	case '>':
		if c1 == '=' {
			return 2, opGe
		}
		if c1 == '>' {
			if c2 == '=' {
				return 3, opOtherOp // >>=
			}
			return 2, opShr
		}
	case '.':
		if c1 == '.' {
			if c2 == '.' {
				return 3, opRange3
			}
			if c2 == '=' {
				return 3, opRangeEq
			}
			return 2, opRange
		}
	case '*':
		if c1 == '*' {
			if c2 == '=' {
				return 3, opOtherOp // **=
			}
			return 2, opPow
		}
		if c1 == '=' {
			return 2, opStarEq
		}
	case '?':
		if c1 == '-' && c2 == '>' {
			return 3, opQArrow
		}
		if c1 == '.' && !isDigit(c2) {
			return 2, opQDot
		}
		if c1 == '?' {
			return 2, opQQ
		}
		if c1 == ':' {
			return 2, opElvis
		}
	case '-':
		switch c1 {
		case '>':
			return 2, opArrow
		case '=':
			return 2, opMinusEq
		case '-':
			return 2, opOtherOp // --
		}
	case '+':
		switch c1 {
		case '=':
			return 2, opPlusEq
		case '+':
			return 2, opOtherOp // ++
		}
	case ':':
		switch c1 {
		case ':':
			return 2, opColon2
		case '=':
			return 2, opColonEq
		}
	case '&':
		switch c1 {
		case '&':
			return 2, opAndAnd
		case '=':
			return 2, opOtherOp // &=
		case '.':
			return 2, opAmpDot
		}
	case '|':
		switch c1 {
		case '|':
			return 2, opOrOr
		case '=':
			return 2, opOtherOp // |=
		}
	case '/':
		if c1 == '=' {
			return 2, opSlashEq
		}
	case '%':
		if c1 == '=' {
			return 2, opPercentEq
		}
	case '^':
		if c1 == '=' {
			return 2, opOtherOp // ^=
		}
	}
	if op := punctOp1[c]; op != 0 {
		return 1, op
	}
	return 1, opOtherOp
}

// punctLen is the length of the operator at src[i:].
func punctLen(src []byte, i int) int {
	n, _ := punctOp(src, i)
	return n
}

func (lx *lexer) punct(i int) int {
	n, op := punctOp(lx.src, i)
	switch lx.src[i] {
	case '{':
		lx.depth++
	case '}':
		lx.depth--
	}
	lx.emitOp(tPunct, i, i+n, op)
	return i + n
}

// rubySpecial handles Ruby's %-literals, heredocs, ?c chars and :symbols.
func (lx *lexer) rubySpecial(i int) (int, bool) {
	src := lx.src
	c := src[i]
	switch c {
	case ':':
		// :name symbol, not ::, not a label's colon (status: 1), not a ternary's
		if i+1 < len(src) && (isIdentStart(src[i+1])) && !(i > 0 && (src[i-1] == ':' || isIdentChar(src[i-1]))) {
			j := i + 2
			for j < len(src) && isIdentChar(src[j]) {
				j++
			}
			if j < len(src) && (src[j] == '?' || src[j] == '!' || src[j] == '=') && !(j+1 < len(src) && (src[j+1] == '=' || src[j+1] == '>')) {
				j++
			}
			lx.emit(tSymbol, i+1, j, i+1, j)
			return j, true
		}
		if i+1 < len(src) && src[i+1] == '"' {
			return lx.quoted(i, i+2, '"', false, false, false), true
		}
	case '%':
		if !lx.regexAllowed() || i+2 >= len(src) {
			return 0, false
		}
		j := i + 1
		if isIdentChar(src[j]) && src[j] < 0x80 {
			switch src[j] {
			case 'w', 'W', 'i', 'I', 'q', 'Q', 'r', 's', 'x':
				j++
			default:
				return 0, false
			}
		}
		open := src[j]
		var close byte
		switch open {
		case '(':
			close = ')'
		case '[':
			close = ']'
		case '{':
			close = '}'
		case '<':
			close = '>'
		case '|', '!', '/', '^', '-':
			close = open
		default:
			return 0, false
		}
		depth := 0
		k := j + 1
		for k < len(src) {
			ch := src[k]
			if ch == '\\' {
				k += 2
				continue
			}
			if ch == '\n' {
				lx.nl = true
			}
			if ch == open && close != open {
				depth++
			} else if ch == close {
				if depth == 0 {
					lx.emit(tString, i, k+1, j+1, k)
					return k + 1, true
				}
				depth--
			}
			k++
		}
		lx.emit(tString, i, len(src), j+1, len(src))
		return len(src), true
	case '<':
		if !hasPrefixAt(src, i, "<<") {
			return 0, false
		}
		j := i + 2
		indent := false
		if j < len(src) && (src[j] == '~' || src[j] == '-') {
			indent = true
			j++
		}
		q := byte(0)
		if j < len(src) && (src[j] == '\'' || src[j] == '"' || src[j] == '`') {
			q = src[j]
			j++
		}
		k := j
		for k < len(src) && isIdentChar(src[k]) {
			k++
		}
		if k == j {
			return 0, false
		}
		tag := string(src[j:k])
		if q == 0 && !indent && !(tag[0] >= 'A' && tag[0] <= 'Z') {
			return 0, false // x << y
		}
		if q == 0 && !indent {
			// <<EOS is a heredoc only where an operand may start
			if kk, _, ok := lx.prevKind(); ok && (kk == tNumber || kk == tString) {
				return 0, false
			}
		}
		if q != 0 {
			if k >= len(src) || src[k] != q {
				return 0, false
			}
			k++
		}
		lx.heredocs = append(lx.heredocs, heredoc{tag: tag, indent: indent})
		lx.emit(tString, i, k, k, k)
		return k, true
	case '?':
		// ?a character literal
		if i+2 < len(src) && src[i+1] != ' ' && !isIdentChar(src[i+2]) && lx.regexAllowed() && isIdentChar(src[i+1]) {
			lx.emit(tString, i, i+2, i+1, i+2)
			return i + 2, true
		}
	}
	return 0, false
}

// heredocBodies skips the bodies of pending heredocs, starting at the line at i.
func (lx *lexer) heredocBodies(i int) int {
	src := lx.src
	for _, h := range lx.heredocs {
		start := i
		for i < len(src) {
			e := lineEnd(src, i)
			line := src[i:e]
			if h.indent {
				for len(line) > 0 && (line[0] == ' ' || line[0] == '\t') {
					line = line[1:]
				}
			}
			if len(line) > 0 && line[len(line)-1] == '\r' {
				line = line[:len(line)-1]
			}
			if string(line) == h.tag || lx.cfg.phpStrings && len(line) > len(h.tag) && string(line[:len(h.tag)]) == h.tag && !isIdentChar(line[len(h.tag)]) {
				if lx.cfg.phpStrings {
					// PHP: the closing tag may be followed by ; or ) on the same line
					k := e - len(line) + len(h.tag)
					lx.emit(tString, start, k, start, k)
					i = k
					lx.heredocs = lx.heredocs[1:]
					return i
				}
				lx.emit(tString, start, e, start, e)
				i = e
				break
			}
			if e >= len(src) {
				i = e
				break
			}
			i = e + 1
		}
	}
	lx.heredocs = lx.heredocs[:0]
	return i
}

// phpHeredoc: <<<TAG, <<<"TAG" (heredoc) or <<<'TAG' (nowdoc); the body
// starts on the next line.
func (lx *lexer) phpHeredoc(i int) (int, bool) {
	src := lx.src
	j := i + 3
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	q := byte(0)
	if j < len(src) && (src[j] == '\'' || src[j] == '"') {
		q = src[j]
		j++
	}
	k := j
	for k < len(src) && isIdentChar(src[k]) {
		k++
	}
	if k == j {
		return 0, false
	}
	tag := string(src[j:k])
	if q != 0 {
		if k >= len(src) || src[k] != q {
			return 0, false
		}
		k++
	}
	e := lineEnd(src, k)
	lx.heredocs = append(lx.heredocs[:0], heredoc{tag: tag, indent: true})
	if e >= len(src) {
		lx.emit(tString, i, e, e, e)
		return e, true
	}
	lx.nl = true
	return lx.heredocBodies(e + 1), true
}

// phpOutside skips inline HTML up to the next <?php or <?= (PHP files), or
// does nothing when the text has no PHP open tag at all (a code snippet).
func (lx *lexer) phpOutside(i int) int {
	src := lx.src
	k := indexFrom(src[i:], "<?")
	if k < 0 {
		if i == 0 {
			return 0
		}
		return len(src)
	}
	j := i + k + 2
	if hasPrefixAt(src, j, "php") {
		j += 3
	} else if hasPrefixAt(src, j, "=") {
		j++
	}
	return j
}
