package scan

import (
	gotoken "go/token"
	"unicode"
	"unicode/utf8"
)

// lexGo is a Go tokenizer that produces the same token stream as go/scanner
// with mode 0 (comments dropped, automatic semicolons inserted) for every
// input go/scanner accepts without errors; golang_lex_test.go checks this
// token for token against go/scanner on the standard library's own sources
// and under fuzzing. It exists because go/scanner allocates a string for
// every identifier and literal, which caps the recognizer well below its
// throughput target. On malformed input it never fails: every byte moves the
// scan forward, unterminated literals end at the end of the input.
func lexGo(src []byte, toks []gtok) []gtok {
	n := len(src)
	i := 0
	if n >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		i = 3 // a byte order mark at the start is ignored
	}
	semi := false // insert a semicolon at the next newline
	emit := func(t gotoken.Token, off, end int) {
		toks = append(toks, gtok{t, int32(off), int32(end)})
	}
	for {
		// Skip white space; a newline may end a statement.
		for i < n {
			c := src[i]
			if c == ' ' || c == '\t' || c == '\r' || (c == '\n' && !semi) {
				i++
				continue
			}
			break
		}
		if i >= n {
			if semi {
				emit(gotoken.SEMICOLON, n, n)
			}
			return toks
		}
		c := src[i]
		start := i
		if c == '\n' {
			emit(gotoken.SEMICOLON, i, i)
			semi = false
			i++
			continue
		}
		switch {
		case c < utf8.RuneSelf && (c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'):
			i = goIdentEnd(src, i+1)
			t := gotoken.IDENT
			if c >= 'a' && c <= 'z' && i-start >= 2 && i-start <= 11 && goKeywordStart[c] {
				t = goKeyword(src[start:i])
			}
			emit(t, start, i)
			switch t {
			case gotoken.IDENT, gotoken.BREAK, gotoken.CONTINUE, gotoken.FALLTHROUGH, gotoken.RETURN:
				semi = true
			default:
				semi = false
			}
			continue
		case c >= utf8.RuneSelf:
			r, w := utf8.DecodeRune(src[i:])
			if unicode.IsLetter(r) {
				i = goIdentEnd(src, i+w)
				emit(gotoken.IDENT, start, i)
				semi = true
				continue
			}
			i += w
			emit(gotoken.ILLEGAL, start, i)
			continue
		case '0' <= c && c <= '9' || c == '.' && i+1 < n && '0' <= src[i+1] && src[i+1] <= '9':
			var t gotoken.Token
			i, t = goNumberEnd(src, i)
			emit(t, start, i)
			semi = true
			continue
		}
		i++
		t := gotoken.ILLEGAL
		insert := false
		switch c {
		case '"', '\'':
			for i < n {
				d := src[i]
				if d == '\n' {
					break
				}
				i++
				if d == c {
					break
				}
				if d == '\\' && i < n && src[i] != '\n' {
					i++
				}
			}
			t, insert = gotoken.STRING, true
			if c == '\'' {
				t = gotoken.CHAR
			}
		case '`':
			for i < n && src[i] != '`' {
				i++
			}
			if i < n {
				i++
			}
			t, insert = gotoken.STRING, true
		case '/':
			if i < n && src[i] == '/' {
				// A line comment: the newline after it ends the statement.
				for i < n && src[i] != '\n' {
					i++
				}
				continue
			}
			if i < n && src[i] == '*' {
				// A block comment that spans lines ends the statement at
				// its first newline.
				nl := -1
				i++
				for i < n && !(src[i] == '/' && src[i-1] == '*' && i-1 > start+1) {
					if src[i] == '\n' && nl < 0 {
						nl = i
					}
					i++
				}
				if i < n {
					i++
				}
				if semi && nl >= 0 {
					emit(gotoken.SEMICOLON, nl, nl)
					semi = false
				}
				continue
			}
			t = goOp2(src, &i, gotoken.QUO, gotoken.QUO_ASSIGN)
		case '(':
			t = gotoken.LPAREN
		case ')':
			t, insert = gotoken.RPAREN, true
		case '[':
			t = gotoken.LBRACK
		case ']':
			t, insert = gotoken.RBRACK, true
		case '{':
			t = gotoken.LBRACE
		case '}':
			t, insert = gotoken.RBRACE, true
		case ',':
			t = gotoken.COMMA
		case ';':
			t = gotoken.SEMICOLON
		case ':':
			t = goOp2(src, &i, gotoken.COLON, gotoken.DEFINE)
		case '.':
			t = gotoken.PERIOD
			if i+1 < n && src[i] == '.' && src[i+1] == '.' {
				i += 2
				t = gotoken.ELLIPSIS
			}
		case '~':
			t = gotoken.TILDE
		case '+':
			if i < n && src[i] == '+' {
				i++
				t, insert = gotoken.INC, true
			} else {
				t = goOp2(src, &i, gotoken.ADD, gotoken.ADD_ASSIGN)
			}
		case '-':
			if i < n && src[i] == '-' {
				i++
				t, insert = gotoken.DEC, true
			} else {
				t = goOp2(src, &i, gotoken.SUB, gotoken.SUB_ASSIGN)
			}
		case '*':
			t = goOp2(src, &i, gotoken.MUL, gotoken.MUL_ASSIGN)
		case '%':
			t = goOp2(src, &i, gotoken.REM, gotoken.REM_ASSIGN)
		case '^':
			t = goOp2(src, &i, gotoken.XOR, gotoken.XOR_ASSIGN)
		case '=':
			t = goOp2(src, &i, gotoken.ASSIGN, gotoken.EQL)
		case '!':
			t = goOp2(src, &i, gotoken.NOT, gotoken.NEQ)
		case '<':
			switch {
			case i < n && src[i] == '-':
				i++
				t = gotoken.ARROW
			case i < n && src[i] == '<':
				i++
				t = goOp2(src, &i, gotoken.SHL, gotoken.SHL_ASSIGN)
			default:
				t = goOp2(src, &i, gotoken.LSS, gotoken.LEQ)
			}
		case '>':
			if i < n && src[i] == '>' {
				i++
				t = goOp2(src, &i, gotoken.SHR, gotoken.SHR_ASSIGN)
			} else {
				t = goOp2(src, &i, gotoken.GTR, gotoken.GEQ)
			}
		case '&':
			switch {
			case i < n && src[i] == '^':
				i++
				t = goOp2(src, &i, gotoken.AND_NOT, gotoken.AND_NOT_ASSIGN)
			case i < n && src[i] == '&':
				i++
				t = gotoken.LAND
			default:
				t = goOp2(src, &i, gotoken.AND, gotoken.AND_ASSIGN)
			}
		case '|':
			if i < n && src[i] == '|' {
				i++
				t = gotoken.LOR
			} else {
				t = goOp2(src, &i, gotoken.OR, gotoken.OR_ASSIGN)
			}
		default:
			// An illegal byte keeps the pending semicolon state.
			emit(gotoken.ILLEGAL, start, i)
			continue
		}
		emit(t, start, i)
		semi = insert
	}
}

// goOp2 picks the two-character form of an operator when "=" follows.
func goOp2(src []byte, i *int, one, withEq gotoken.Token) gotoken.Token {
	if *i < len(src) && src[*i] == '=' {
		*i++
		return withEq
	}
	return one
}

// goKeywordStart marks the first letters of Go's keywords.
var goKeywordStart = func() (a [256]bool) {
	for t := gotoken.BREAK; t <= gotoken.VAR; t++ {
		if t.IsKeyword() {
			a[t.String()[0]] = true
		}
	}
	return a
}()

// goKeyword returns the keyword token spelled by b, or IDENT.
func goKeyword(b []byte) gotoken.Token {
	switch string(b) {
	case "break":
		return gotoken.BREAK
	case "case":
		return gotoken.CASE
	case "chan":
		return gotoken.CHAN
	case "const":
		return gotoken.CONST
	case "continue":
		return gotoken.CONTINUE
	case "default":
		return gotoken.DEFAULT
	case "defer":
		return gotoken.DEFER
	case "else":
		return gotoken.ELSE
	case "fallthrough":
		return gotoken.FALLTHROUGH
	case "for":
		return gotoken.FOR
	case "func":
		return gotoken.FUNC
	case "go":
		return gotoken.GO
	case "goto":
		return gotoken.GOTO
	case "if":
		return gotoken.IF
	case "import":
		return gotoken.IMPORT
	case "interface":
		return gotoken.INTERFACE
	case "map":
		return gotoken.MAP
	case "package":
		return gotoken.PACKAGE
	case "range":
		return gotoken.RANGE
	case "return":
		return gotoken.RETURN
	case "select":
		return gotoken.SELECT
	case "struct":
		return gotoken.STRUCT
	case "switch":
		return gotoken.SWITCH
	case "type":
		return gotoken.TYPE
	case "var":
		return gotoken.VAR
	}
	return gotoken.IDENT
}

// goIdentEnd returns the end of the identifier continuing at i.
func goIdentEnd(src []byte, i int) int {
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				i++
				continue
			}
			return i
		}
		r, w := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && w == 1 || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return i
		}
		i += w
	}
	return i
}

// goNumberEnd scans a number literal starting at i (a digit, or "." and a
// digit) the way go/scanner delimits it.
func goNumberEnd(src []byte, i int) (int, gotoken.Token) {
	n := len(src)
	t := gotoken.INT
	hex := false
	digits := func() {
		for i < n {
			c := src[i]
			if '0' <= c && c <= '9' || c == '_' || hex && ('a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
				i++
				continue
			}
			return
		}
	}
	if src[i] != '.' {
		if src[i] == '0' && i+1 < n {
			switch src[i+1] | 0x20 {
			case 'x':
				hex = true
				i += 2
			case 'b', 'o':
				i += 2
			}
		}
		digits()
	}
	if i < n && src[i] == '.' {
		t = gotoken.FLOAT
		i++
		digits()
	}
	if i < n {
		e := src[i] | 0x20
		if e == 'e' && !hex || e == 'p' {
			t = gotoken.FLOAT
			i++
			if i < n && (src[i] == '+' || src[i] == '-') {
				i++
			}
			hex = false
			digits()
		}
	}
	if i < n && src[i] == 'i' {
		t = gotoken.IMAG
		i++
	}
	return i, t
}
