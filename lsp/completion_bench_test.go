package lsp

import (
	"strings"
	"testing"

	"httpstatus-lsp/lsp/scan"
	"httpstatus-lsp/lsp/settings"
)

// bigGo is a Go file of about 10,000 lines with a cursor marker at line ~9,000.
func bigGo(marked string) string {
	var b strings.Builder
	b.WriteString("package main\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"time\"\n)\n\n")
	body := `func handler%d(w http.ResponseWriter, r *http.Request) {
	time.Sleep(100 * time.Millisecond)
	if r.Method != http.MethodGet {
		http.Error(w, "method", http.StatusMethodNotAllowed)
		return
	}
	var v map[string]any
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		w.WriteHeader(400)
		return
	}
	w.WriteHeader(http.StatusOK)
}

`
	n := 0
	for strings.Count(b.String(), "\n") < 9000 {
		b.WriteString(strings.ReplaceAll(body, "%d", itoaBench(n)))
		n++
	}
	b.WriteString("func target(w http.ResponseWriter) {\n\t" + marked + "\n}\n\n")
	for strings.Count(b.String(), "\n") < 10000 {
		b.WriteString(strings.ReplaceAll(body, "%d", itoaBench(n)))
		n++
	}
	return b.String()
}

func itoaBench(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	return string(d)
}

func benchComplete(b *testing.B, marked string, newVersion bool, want string) {
	s := featureServer(b)
	src := bigGo(marked)
	d, off := openMarked(b, s, "file:///bench/big.go", scan.Go, src)
	if n := strings.Count(string(d.text), "\n"); n < 10000 {
		b.Fatalf("only %d lines", n)
	}
	if _, ok := find(s.complete(d, off), want); !ok {
		b.Fatalf("no %q", want)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if newVersion {
			// Every keystroke makes a new version: nothing cached for it.
			b.StopTimer()
			d = &document{uri: d.uri, lang: d.lang, version: d.version + 1, text: d.text, lines: d.lines}
			s.docs.put(d)
			b.StartTimer()
		}
		if len(s.complete(d, off)) == 0 {
			b.Fatal("no items")
		}
	}
}

// BenchmarkCompletion10kLines measures completion at line ~9,000 of a
// 10,000-line Go file: a partial number in a status position, and constants
// after `http.Status`, each for a new document version (as after typing).
func BenchmarkCompletion10kLines(b *testing.B) {
	b.Run("number", func(b *testing.B) { benchComplete(b, "w.WriteHeader(4"+cursor+")", true, "404 Not Found") })
	b.Run("number-unclosed", func(b *testing.B) { benchComplete(b, "w.WriteHeader(4"+cursor, true, "404 Not Found") })
	b.Run("constant", func(b *testing.B) { benchComplete(b, "w.WriteHeader(http.Status"+cursor+")", true, "StatusNotFound") })
	b.Run("not-status", func(b *testing.B) {
		s := featureServer(b)
		d, off := openMarked(b, s, "file:///bench/big.go", scan.Go, bigGo("time.Sleep(4"+cursor+")"))
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if len(s.complete(d, off)) != 0 {
				b.Fatal("items where no status goes")
			}
		}
	})
}

// BenchmarkInlayHints10kLines: hints for one screen of a 10,000-line file
// whose occurrences are already known, and for the whole file.
func BenchmarkInlayHints10kLines(b *testing.B) {
	s := featureServer(b)
	d, _ := openMarked(b, s, "file:///bench/big.go", scan.Go, bigGo("w.WriteHeader(404)"+cursor))
	d.occurrences()
	st := settings.Defaults()
	start, _ := d.lines.Offset(d.text, 5000, 0, UTF16)
	end, _ := d.lines.Offset(d.text, 5060, 0, UTF16)
	b.Run("screen", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if len(s.inlayHints(d, start, end, st)) == 0 {
				b.Fatal("no hints")
			}
		}
	})
	b.Run("file", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			s.inlayHints(d, 0, len(d.text), st)
		}
	})
}
