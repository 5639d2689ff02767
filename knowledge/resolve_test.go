package knowledge_test

import (
	"slices"
	"strings"
	"testing"

	"httpstatus-lsp/knowledge"
)

func TestResolveWords(t *testing.T) {
	c := knowledge.Default()
	for _, tc := range []struct {
		word string
		code int
	}{
		{"404", 404},
		{" 503 ", 503},
		{"StatusTeapot", 418},
		{"http.StatusTeapot", 418},
		{"HTTP_404_NOT_FOUND", 404},
		{"status.HTTP_404_NOT_FOUND", 404},
		{"NOT_FOUND", 404},
		{"HttpStatus.NOT_FOUND", 404},
		{"StatusCode::NOT_FOUND", 404},
		{":not_found", 404},
		{"StatusCodes.Status500InternalServerError", 500},
		{"HttpURLConnection.HTTP_INTERNAL_ERROR", 500},
		{"http.StatusServiceUnavailable", 503},
	} {
		s, err := c.Resolve(tc.word)
		if err != nil {
			t.Errorf("Resolve(%q): %v", tc.word, err)
			continue
		}
		if s.Code != tc.code {
			t.Errorf("Resolve(%q) = %d, want %d", tc.word, s.Code, tc.code)
		}
	}
}

func TestResolveRejects(t *testing.T) {
	c := knowledge.Default()
	for _, word := range []string{"", "   ", "abc", "1234", "299", "0", "StatusNoSuchThing", "http."} {
		if s, err := c.Resolve(word); err == nil {
			t.Errorf("Resolve(%q) = %d, want an error", word, s.Code)
		} else if err.Error() == "" {
			t.Errorf("Resolve(%q): empty error message", word)
		}
	}
}

// Every constant name resolves to its code when one code owns it, and is
// reported as ambiguous when ecosystems disagree about it.
func TestResolveEveryConstantName(t *testing.T) {
	c := knowledge.Default()
	owners := map[string][]int{}
	for _, eco := range knowledge.Ecosystems {
		for name, s := range c.Constants(eco) {
			if !slices.Contains(owners[name], s.Code) {
				owners[name] = append(owners[name], s.Code)
			}
		}
	}
	if len(owners) == 0 {
		t.Fatal("the catalog has no constants")
	}
	ambiguous := 0
	for name, codes := range owners {
		s, err := c.Resolve(name)
		if len(codes) > 1 {
			ambiguous++
			if err == nil {
				t.Errorf("Resolve(%q) = %d, but %q names %v in different libraries", name, s.Code, name, codes)
			} else if !strings.Contains(err.Error(), "ambiguous") {
				t.Errorf("Resolve(%q): error %q does not say it is ambiguous", name, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Resolve(%q): %v", name, err)
		} else if s.Code != codes[0] {
			t.Errorf("Resolve(%q) = %d, want %d", name, s.Code, codes[0])
		}
	}
	t.Logf("%d constant names, %d of them ambiguous", len(owners), ambiguous)
}
