package scan

import (
	"bytes"
	"testing"
	"time"
)

// Pathological inputs must scan in about linear time and never panic.
func TestScanPathologicalInputs(t *testing.T) {
	size := 1 << 20
	if testing.Short() {
		size = 64 << 10
	}
	inputs := map[string][]byte{
		"open parens":     bytes.Repeat([]byte("f("), size/2),
		"close parens":    bytes.Repeat([]byte(")]}"), size/3),
		"regex starts":    bytes.Repeat([]byte("(/["), size/3),
		"quotes":          bytes.Repeat([]byte("'\""), size/2),
		"templates":       bytes.Repeat([]byte("`${"), size/3),
		"numbers":         bytes.Repeat([]byte("404,"), size/4),
		"status compares": bytes.Repeat([]byte("res.status==404;"), size/16),
		"heredocs":        bytes.Repeat([]byte("<<~A <<B <<<C\n"), size/14),
		"hash and slash":  bytes.Repeat([]byte("#/*//"), size/5),
		"nul and high":    bytes.Repeat([]byte{0, 0xff, '\'', 0xc3}, size/4),
		"returns":         bytes.Repeat([]byte("return x, 404, "), size/15),
		"ruby commands":   bytes.Repeat([]byte("head 404, "), size/10),
	}
	// one 5 MB input of mixed garbage for every language
	big := bytes.Repeat([]byte("res.status(404) '\"`${ /* # <<~A\n\x00\xff r#\" %w[ <<<X\n"), 5<<20/40)
	inputs["5 MB mix"] = big
	langs := []Language{JavaScript, Python, Java, Kotlin, CSharp, Rust, Ruby, PHP}
	for name, src := range inputs {
		for _, lang := range langs {
			start := time.Now()
			checkInvariants(t, src, lang)
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("%s as %s took %v: not linear", name, lang, d)
			}
		}
	}
}
