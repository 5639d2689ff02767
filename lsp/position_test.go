package lsp

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestOffsetAndPosition(t *testing.T) {
	text := []byte("ab\r\n😀x é\n\nlast")
	li := newLineIndex(text)
	cases := []struct {
		line, char uint32
		enc        Encoding
		off        int
		ok         bool
	}{
		{0, 0, UTF16, 0, true},
		{0, 2, UTF16, 2, true},
		{0, 3, UTF16, 2, false},         // past the end of "ab" (before \r\n) clamps
		{1, 2, UTF16, 8, true},          // 😀 is two UTF-16 units, four bytes
		{1, 3, UTF16, 9, true},          // after x
		{1, 5, UTF16, 12, true},         // after é (two bytes)
		{1, 4, UTF8, 8, true},           // UTF-8 counts bytes
		{2, 0, UTF16, 13, true},         // empty line
		{3, 4, UTF16, 18, true},         // end of text without newline
		{9, 0, UTF16, len(text), false}, // line past the end
	}
	for _, c := range cases {
		off, ok := li.Offset(text, c.line, c.char, c.enc)
		if off != c.off || ok != c.ok {
			t.Errorf("Offset(%d,%d,%v) = %d,%v want %d,%v", c.line, c.char, c.enc, off, ok, c.off, c.ok)
		}
	}
	if l, ch := li.Position(text, 9, UTF16); l != 1 || ch != 3 {
		t.Errorf("Position(9) = %d,%d want 1,3", l, ch)
	}
	if l, ch := li.Position(text, 9, UTF8); l != 1 || ch != 5 {
		t.Errorf("Position(9, utf-8) = %d,%d want 1,5", l, ch)
	}
}

// utf16Len is the reference: the UTF-16 length of valid text.
func utf16Len(s string) int { return len(utf16.Encode([]rune(s))) }

func FuzzPositionRoundTrip(f *testing.F) {
	f.Add([]byte("package main\nfunc f() { w.WriteHeader(404) }\n"), 5)
	f.Add([]byte("😀😀\r\n\xff\x00abc"), 3)
	f.Add([]byte(""), 0)
	f.Fuzz(func(t *testing.T, text []byte, off int) {
		li := newLineIndex(text)
		if off < 0 {
			off = -off
		}
		if len(text) > 0 {
			off %= len(text) + 1
		} else {
			off = 0
		}
		for _, enc := range []Encoding{UTF8, UTF16} {
			line, char := li.Position(text, off, enc)
			back, ok := li.Offset(text, line, char, enc)
			if !ok {
				t.Fatalf("Position(%d) = %d:%d is not a valid position (enc %v)", off, line, char, enc)
			}
			// An offset inside a multi-byte rune comes back as the rune's start.
			l2, c2 := li.Position(text, back, enc)
			if back > off || l2 != line || c2 != char {
				t.Fatalf("round trip of %d via %d:%d gave %d (%d:%d) (enc %v)", off, line, char, back, l2, c2, enc)
			}
		}
		if utf8.Valid(text) {
			// On valid text the UTF-16 column of the end of each line equals its UTF-16 length.
			for l := range li.starts {
				end := li.lineEnd(text, l)
				_, char := li.Position(text, end, UTF16)
				if int(char) != utf16Len(string(text[li.starts[l]:end])) {
					t.Fatalf("line %d: UTF-16 column %d, want %d", l, char, utf16Len(string(text[li.starts[l]:end])))
				}
			}
		}
	})
}

func TestIncrementalEdits(t *testing.T) {
	d := newDocument("file:///a.go", "go", 1, []byte("line one\nline 😀 two\n"))
	d2 := d.withEdits(2, []edit{
		{startLine: 1, startChar: 5, endLine: 1, endChar: 7, text: "🙂"},    // replace the emoji (2 UTF-16 units)
		{startLine: 0, startChar: 0, endLine: 0, endChar: 4, text: "LINE"}, // applies to the result of the first edit
		{startLine: 9, startChar: 0, endLine: 9, endChar: 0, text: "!"},    // past the end: appended
	}, UTF16)
	if got, want := string(d2.text), "LINE one\nline 🙂 two\n!"; got != want {
		t.Fatalf("after edits: %q want %q", got, want)
	}
	if string(d.text) != "line one\nline 😀 two\n" {
		t.Fatalf("the old snapshot changed: %q", d.text)
	}
	d3 := d2.withEdits(3, []edit{{whole: true, text: "new"}}, UTF16)
	if string(d3.text) != "new" || d3.version != 3 || len(d3.lines.starts) != 1 {
		t.Fatalf("full replacement: %q v%d", d3.text, d3.version)
	}
}

// FuzzEdits checks incremental edits against a direct reference on byte offsets.
func FuzzEdits(f *testing.F) {
	f.Add([]byte("abc\ndef\n"), uint16(1), uint16(1), uint16(2), uint16(0), "XY")
	f.Add([]byte("😀\r\n\xffz"), uint16(0), uint16(1), uint16(0), uint16(2), "\n")
	f.Fuzz(func(t *testing.T, text []byte, sl, sc, el, ec uint16, ins string) {
		d := newDocument("file:///f.txt", "plaintext", 1, text)
		d2 := d.withEdits(2, []edit{{startLine: uint32(sl), startChar: uint32(sc), endLine: uint32(el), endChar: uint32(ec), text: ins}}, UTF8)
		start, _ := d.lines.Offset(text, uint32(sl), uint32(sc), UTF8)
		end, _ := d.lines.Offset(text, uint32(el), uint32(ec), UTF8)
		if end < start {
			start, end = end, start
		}
		want := string(text[:start]) + ins + string(text[end:])
		if string(d2.text) != want {
			t.Fatalf("edit gave %q want %q", d2.text, want)
		}
		if len(d2.lines.starts) != 1+countNewlines(d2.text) {
			t.Fatalf("line index out of date")
		}
	})
}

func countNewlines(b []byte) int {
	n := 0
	for _, c := range b {
		if c == '\n' {
			n++
		}
	}
	return n
}
