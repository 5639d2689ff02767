package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"httpstatus-lsp/lsp/lsptest"
)

// procStatus reads a "kB" field (VmRSS, VmHWM) of a process, in MB.
func procStatus(t *testing.T, pid int, field string) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return float64(n) / 1024
		}
	}
	return -1
}

func published(p *lsptest.Process) int {
	n := 0
	for _, m := range p.Notes() {
		if m.Method == "textDocument/publishDiagnostics" {
			n++
		}
	}
	return n
}

// TestMemoryFigure is the memory figure of issue 7 over real stdio: RSS with
// 1,000 open documents of 1,000 lines, then after edit/hover cycles. It is a
// measurement, run on demand: HTTPSTATUS_MEMTEST=CYCLES go test -run TestMemoryFigure -v
func TestMemoryFigure(t *testing.T) {
	cycles, _ := strconv.Atoi(os.Getenv("HTTPSTATUS_MEMTEST"))
	if cycles <= 0 {
		t.Skip("a figure, not a unit test: set HTTPSTATUS_MEMTEST=CYCLES to run it")
	}
	p := lsptest.Start(t, binPath)
	p.Initialize(nil)
	pid := p.Cmd.Process.Pid
	var b strings.Builder
	b.WriteString("package bench\n\nimport (\n\t\"net/http\"\n\t\"time\"\n)\n\n")
	for i := 0; strings.Count(b.String(), "\n") < 1000; i++ {
		fmt.Fprintf(&b, "func handler%d(w http.ResponseWriter, r *http.Request) {\n\ttime.Sleep(250 * time.Millisecond)\n\tif r.URL.Path == \"/missing\" {\n\t\thttp.Error(w, \"gone\", 404)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusNotFound)\n}\n\n", i)
	}
	src := b.String()
	for i := 0; i < 1000; i++ {
		p.Open(fmt.Sprintf("file:///mem/doc%d.go", i), "go", src)
	}
	p.Hover("file:///mem/doc0.go", 13, 20)
	time.Sleep(time.Second)
	t.Logf("1,000 documents, 1s after opening: RSS %.1f MB (peak %.1f MB), %d diagnostics published", procStatus(t, pid, "VmRSS"), procStatus(t, pid, "VmHWM"), published(p))
	start := time.Now()
	for published(p) < 1000 && time.Since(start) < time.Minute {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(time.Second)
	rss := procStatus(t, pid, "VmRSS")
	t.Logf("1,000 documents, diagnostics done: RSS %.1f MB (peak %.1f MB)", rss, procStatus(t, pid, "VmHWM"))
	// RSS after the first 1,000 cycles is the steady state: the heap has
	// grown to its collection target by then. Growth after it is a leak.
	var steady float64
	for i := 0; i < cycles; i++ {
		uri := fmt.Sprintf("file:///mem/doc%d.go", i%1000)
		p.Notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": i + 2},
			"contentChanges": []any{map[string]any{"range": rng(2, 0, 2, 1), "text": "\t"}},
		})
		p.Hover(uri, 13, 20)
		if i+1 == 1000 || (i+1)%5000 == 0 {
			r := procStatus(t, pid, "VmRSS")
			t.Logf("after %d cycles: RSS %.1f MB", i+1, r)
			if i+1 == 1000 {
				steady = r
			}
		}
	}
	time.Sleep(time.Second)
	after := procStatus(t, pid, "VmRSS")
	t.Logf("after %d edit/hover cycles: RSS %.1f MB (%+.1f MB since opening, %+.1f MB since cycle 1,000; peak %.1f MB)", cycles, after, after-rss, after-steady, procStatus(t, pid, "VmHWM"))
	if rss > 100 {
		t.Errorf("RSS %.1f MB with 1,000 documents, want < 100 MB", rss)
	}
	if steady > 0 && after-steady > 5 {
		t.Errorf("RSS grew %.1f MB between cycle 1,000 and cycle %d", after-steady, cycles)
	}
	finish(t, p)
}
