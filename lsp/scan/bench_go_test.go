package scan

import (
	"fmt"
	"strings"
	"testing"
)

// goBenchSource generates about n bytes of realistic Go: handlers, clients
// and tests with comments, strings, sleeps and status codes.
func goBenchSource(n int) []byte {
	var b strings.Builder
	b.WriteString("package api\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"time\"\n)\n\n")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, `// handleItem%d serves one item; it answers 404 when the id is unknown.
func (s *Server) handleItem%d(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	item, err := s.store.Get(r.Context(), id)
	if err != nil {
		http.Error(w, "item not found: "+id, http.StatusNotFound)
		return
	}
	buf := make([]byte, 0, 4096)
	for j := 0; j < len(item.Parts); j++ {
		buf = append(buf, item.Parts[j]...)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(%d)
	_ = json.NewEncoder(w).Encode(item)
}

func checkUpstream%d(c *http.Client, url string) error {
	time.Sleep(250 * time.Millisecond)
	resp, err := c.Get(url + "/health?port=8080")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case 200, 204:
		return nil
	case http.StatusTooManyRequests:
		return errRetry
	}
	if resp.StatusCode >= 500 {
		return fmt.Errorf("upstream %%d: %%s", resp.StatusCode, "server error")
	}
	return nil
}

`, i, i, 200+i%300, i)
	}
	return []byte(b.String())
}

func BenchmarkScanGo(b *testing.B) {
	src := goBenchSource(2 << 20)
	if n := len(Scan(src, Go)); n == 0 {
		b.Fatal("the generated source has no occurrences")
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Scan(src, Go)
	}
}
