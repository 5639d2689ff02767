package scan

import (
	"go/scanner"
	gotoken "go/token"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// refTokens tokenizes src with go/scanner (mode 0: no comments, automatic
// semicolons), the reference lexGo must agree with. It reports whether
// go/scanner found errors.
func refTokens(src []byte) ([]gtok, bool) {
	fset := gotoken.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	base := file.Base()
	var s scanner.Scanner
	s.Init(file, src, nil, 0)
	var toks []gtok
	for {
		pos, tok, lit := s.Scan()
		if tok == gotoken.EOF {
			break
		}
		off := int(pos) - base
		end := off
		switch {
		case tok == gotoken.SEMICOLON:
			if lit == ";" {
				end = off + 1
			}
		case tok == gotoken.STRING && lit[0] == '`':
			// go/scanner drops carriage returns from raw strings' text.
			end = len(src)
			for j := off + 1; j < len(src); j++ {
				if src[j] == '`' {
					end = j + 1
					break
				}
			}
		case lit != "":
			end = off + len(lit)
		default:
			end = off + len(tok.String())
		}
		toks = append(toks, gtok{tok, int32(off), int32(end)})
	}
	return toks, s.ErrorCount > 0
}

func diffTokens(t testing.TB, name string, src []byte) {
	t.Helper()
	want, bad := refTokens(src)
	if bad {
		return // only error-free input must match exactly
	}
	got := lexGo(src, nil)
	for i := 0; i < len(want) || i < len(got); i++ {
		if i >= len(want) || i >= len(got) || want[i] != got[i] {
			var w, g gtok
			if i < len(want) {
				w = want[i]
			}
			if i < len(got) {
				g = got[i]
			}
			t.Fatalf("%s: token %d differs: go/scanner %v %d-%d %q, lexGo %v %d-%d %q", name, i,
				w.tok, w.off, w.end, clip(src, w), g.tok, g.off, g.end, clip(src, g))
		}
	}
}

func clip(src []byte, t gtok) string {
	if t.off < 0 || int(t.end) > len(src) || t.off > t.end {
		return ""
	}
	return string(src[t.off:t.end])
}

// lexGo agrees with go/scanner on real Go code: the standard library's net/http,
// go/... and a few more packages, plus this package's tests.
func TestLexGoMatchesGoScanner(t *testing.T) {
	dirs := []string{"net/http", "go/scanner", "go/parser", "strconv", "unicode/utf8", "math/big", "fmt", "text/template"}
	n := 0
	for _, d := range dirs {
		files, _ := filepath.Glob(filepath.Join(runtime.GOROOT(), "src", d, "*.go"))
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			diffTokens(t, f, src)
			n++
		}
	}
	own, _ := filepath.Glob("*.go")
	for _, f := range own {
		src, _ := os.ReadFile(f)
		diffTokens(t, f, src)
		n++
	}
	if n < 20 {
		t.Skipf("only %d Go files found to compare", n)
	}
	for _, s := range []string{
		"x := 1.e5 + 0x1p-2 + 0b101 + 0o17 + 017 + 1_000 + .5i + 3i + 0X_1F",
		"a /* c */ b /* multi\nline */ c // tail\nd /* x */ // y\ne",
		"s := \"a\\\"b\" + `raw\n` + '\\'' + '\\x41'\nreturn",
		"x++\ny--\nz = a &^ b &^= c <<= 2 >>= 1 <- ch ... ~int",
		"\ufeffpackage p; var ü, ñ2 = 1, 2",
		"f(a,\n b)\n}\n)\n]\nbreak\ncontinue\nfallthrough\n",
	} {
		diffTokens(t, s, []byte(s))
	}
}

func FuzzLexGo(f *testing.F) {
	for _, tc := range goCases {
		src, _ := goMarks(&testing.T{}, tc.src)
		f.Add(src)
	}
	f.Add([]byte("a /* c */ b /* multi\nline */ c // tail\nd"))
	f.Add([]byte("x := 1.e5 + 0x1p-2 + 0b101 + .5i"))
	f.Add([]byte("`\r`"))
	f.Fuzz(func(t *testing.T, src []byte) {
		toks := lexGo(src, nil)
		last := int32(-1)
		for _, tk := range toks {
			if tk.off < 0 || int(tk.end) > len(src) || tk.off > tk.end || tk.off < last {
				t.Fatalf("bad token %v %d-%d", tk.tok, tk.off, tk.end)
			}
			last = tk.off
		}
		diffTokens(t, "fuzz", src)
	})
}
