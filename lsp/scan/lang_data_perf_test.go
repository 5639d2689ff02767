package scan

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// mdScanBlock must give exactly what Scan gives, for every language.
func TestMarkdownBlockScanMatchesScan(t *testing.T) {
	for _, lang := range []Language{Go, JavaScript, TypeScript, Python, Java, Kotlin, CSharp, Rust, Ruby, PHP, YAML, JSON, HTTP} {
		files, _ := filepath.Glob(filepath.Join(corpusDir, string(lang), "*"))
		if len(files) == 0 {
			t.Fatalf("%s: no corpus files", lang)
		}
		for _, name := range files {
			raw, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			text, _, err := stripMarkers(raw)
			if err != nil {
				continue
			}
			if got, want := mdScanBlock(text, lang), Scan(text, lang); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: mdScanBlock differs from Scan", name)
			}
		}
	}
}

// The HTTP line scanner's skip table holds exactly the bytes its cases test.
func TestHTTPLineStop(t *testing.T) {
	for c := 0; c < 256; c++ {
		if httpLineStop[c] != (c == 'H' || c == '=') {
			t.Fatalf("httpLineStop[%q]", byte(c))
		}
	}
}
