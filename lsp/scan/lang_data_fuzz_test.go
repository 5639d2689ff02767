package scan

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// FuzzDataScan feeds arbitrary bytes to the YAML, JSON, HTTP and Markdown
// recognizers: they must not panic, and every report must be a sorted,
// in-bounds range whose digits are the reported code.
func FuzzDataScan(f *testing.F) {
	for _, c := range dataCases {
		if text, _, err := stripMarkers([]byte(c.src)); err == nil {
			f.Add(text)
		}
	}
	for _, lang := range []Language{YAML, JSON, HTTP, Markdown} {
		files, _ := filepath.Glob(filepath.Join(corpusDir, string(lang), "*"))
		for _, name := range files {
			raw, err := os.ReadFile(name)
			if err != nil {
				continue
			}
			if text, _, err := stripMarkers(raw); err == nil {
				f.Add(text)
			}
		}
	}
	f.Add([]byte("responses: {'200': [[[[{{{{\n\"status\": \"\\"))
	f.Add([]byte("```yaml\n\xff\x00status: 404\n```"))
	own := map[string]bool{ctxOpenAPI: true, ctxStatusKey: true, ctxStatusLine: true, ctxStatusHdr: true, ctxAssert: true}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, lang := range []Language{YAML, JSON, HTTP, Markdown} {
			prev := -1
			for _, o := range Scan(src, lang) {
				if o.Start < 0 || o.End > len(src) || o.Start >= o.End || o.Start < prev {
					t.Fatalf("%s: bad range %d-%d (len %d)", lang, o.Start, o.End, len(src))
				}
				prev = o.Start
				if own[o.Context] {
					if n, err := strconv.Atoi(string(src[o.Start:o.End])); err != nil || n != o.Code {
						t.Fatalf("%s: token %q reported as %d", lang, src[o.Start:o.End], o.Code)
					}
				}
			}
		}
	})
}
