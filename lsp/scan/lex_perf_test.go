package scan

import "testing"

// punctOp returns the id opOf gives to the text it delimits, for every
// operator start followed by any two bytes.
func TestPunctOpAgreesWithOpOf(t *testing.T) {
	next := []byte{0, ' ', '\n', '0', 'a', '=', '<', '>', '.', '*', '?', '-', '+', ':', '&', '|', '/', '%', '^', '!', '~', '(', ')', '[', ']', '{', '}', ',', ';', '@', '#', '\'', '"', '`', '\\', '$'}
	for c := 0; c < 256; c++ {
		for _, c1 := range next {
			for _, c2 := range next {
				for _, src := range [][]byte{{byte(c)}, {byte(c), c1}, {byte(c), c1, c2}} {
					n, op := punctOp(src, 0)
					if n < 1 || n > len(src) {
						t.Fatalf("punctOp(%q) length %d", src, n)
					}
					if want := opOf(src[:n]); op != want {
						t.Fatalf("punctOp(%q) = %d, opOf(%q) = %d", src, op, src[:n], want)
					}
				}
			}
		}
	}
}

// The byte-class table agrees with the character sets it replaces.
func TestLexClass(t *testing.T) {
	for i := 0; i < 256; i++ {
		c := byte(i)
		start := c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
		if isIdentStart(c) != start || isIdentChar(c) != (start || c >= '0' && c <= '9') {
			t.Fatalf("class of %q", c)
		}
		if (lexClass[c]&clSpace != 0) != (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
			t.Fatalf("space class of %q", c)
		}
	}
}

// The lexer's one-byte fast path gives what punctOp gives.
func TestOneBytePunct(t *testing.T) {
	for c := 0; c < 256; c++ {
		if lexClass[c]&clOne == 0 && c != '}' {
			continue
		}
		for d := 0; d < 256; d++ {
			for _, src := range [][]byte{{byte(c)}, {byte(c), byte(d)}, {byte(c), byte(d), '='}} {
				if n, op := punctOp(src, 0); n != 1 || op != punctOp1[c] || op == 0 {
					t.Fatalf("punctOp(%q) = %d, %d", src, n, op)
				}
			}
		}
	}
}
