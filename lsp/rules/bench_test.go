package rules

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"httpstatus-lsp/lsp/scan"
)

// BenchmarkCheckServeTest runs the rules (scan included) over the largest
// net/http test file of the toolchain, a handler-dense Go file.
func BenchmarkCheckServeTest(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(runtime.GOROOT(), "src", "net", "http", "serve_test.go"))
	if err != nil {
		b.Skip("toolchain sources not available:", err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		Check(Input{Src: src, Lang: scan.Go})
	}
}
