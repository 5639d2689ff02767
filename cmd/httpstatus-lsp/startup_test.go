package main

import (
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"httpstatus-lsp/lsp/lsptest"
)

// TestStartupFigure measures process start → initialize reply, and → the
// first hover answered (the catalog loads in the background from the start).
// A measurement, run on demand: HTTPSTATUS_STARTUP=1 go test -run TestStartupFigure -v
func TestStartupFigure(t *testing.T) {
	if os.Getenv("HTTPSTATUS_STARTUP") == "" {
		t.Skip("a figure, not a unit test: set HTTPSTATUS_STARTUP=1 to run it")
	}
	var inits, hovers []time.Duration
	for i := 0; i < 20; i++ {
		start := time.Now()
		p := lsptest.Start(t, binPath)
		p.Initialize(nil)
		inits = append(inits, time.Since(start))
		p.Open("file:///s/a.go", "go", racingText)
		if m := p.Hover("file:///s/a.go", 5, 16); !strings.Contains(string(m.Result), "Not Found") {
			t.Fatalf("first hover: %s", m.Result)
		}
		hovers = append(hovers, time.Since(start))
		p.CloseInput()
		p.Wait(time.Second)
	}
	p50 := func(ds []time.Duration) (time.Duration, time.Duration) {
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		return ds[len(ds)/2], ds[len(ds)-1]
	}
	a, amax := p50(inits)
	b, bmax := p50(hovers)
	t.Logf("start → initialize reply: p50 %v (max %v); start → first hover answered: p50 %v (max %v)", a, amax, b, bmax)
}
