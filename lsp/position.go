package lsp

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// Encoding is the unit of Position.Character negotiated with the client.
type Encoding uint8

const (
	UTF16 Encoding = iota // the LSP default
	UTF8
)

// lineIndex maps between byte offsets and (line, character) positions. It is
// the one place where positions are converted.
type lineIndex struct {
	starts []int // byte offset where each line starts; starts[0] == 0
	size   int
}

func newLineIndex(text []byte) lineIndex {
	// Counted first so the index is allocated once at its exact size: with
	// a thousand open documents the slack of append's doubling adds up.
	starts := make([]int, 1, 1+bytes.Count(text, newline))
	for i := 0; ; {
		j := bytes.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		starts = append(starts, i)
	}
	return lineIndex{starts: starts, size: len(text)}
}

var newline = []byte{'\n'}

// lineEnd is the offset of the end of line (before its "\n" or "\r\n").
func (li lineIndex) lineEnd(text []byte, line int) int {
	end := li.size
	if line+1 < len(li.starts) {
		end = li.starts[line+1] - 1
		if end > li.starts[line] && text[end-1] == '\r' {
			end--
		}
	}
	return end
}

// Offset converts a position to a byte offset. Characters past the end of a
// line clamp to its end, lines past the end clamp to the end of the text; ok
// is false when the position was outside the text.
func (li lineIndex) Offset(text []byte, line, char uint32, enc Encoding) (off int, ok bool) {
	if int(line) >= len(li.starts) {
		return li.size, false
	}
	start, end := li.starts[line], li.lineEnd(text, int(line))
	if enc == UTF8 {
		if int(char) > end-start {
			return end, false
		}
		return start + int(char), true
	}
	units := 0
	for i := start; i < end; {
		if units >= int(char) {
			return i, units == int(char)
		}
		r, size := utf8.DecodeRune(text[i:end])
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
		i += size
	}
	return end, units == int(char)
}

// Position converts a byte offset to (line, character).
func (li lineIndex) Position(text []byte, off int, enc Encoding) (line, char uint32) {
	if off < 0 {
		off = 0
	}
	if off > li.size {
		off = li.size
	}
	l := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	start, end := li.starts[l], li.lineEnd(text, l)
	if off > end { // inside a "\r\n" terminator
		off = end
	}
	if enc == UTF8 {
		return uint32(l), uint32(off - start)
	}
	// An offset inside a multi-byte rune maps to the rune's start.
	units := 0
	for i := start; i < off && i < end; {
		r, size := utf8.DecodeRune(text[i:end])
		if i+size > off {
			break
		}
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
		i += size
	}
	return uint32(l), uint32(units)
}
