package knowledge_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"httpstatus-lsp/knowledge"
)

// ianaRegistered is the set of codes assigned in the IANA HTTP Status Code
// Registry, including the "(Unused)" entries 306 and 418, the temporary 104
// and the obsoleted 510.
var ianaRegistered = func() []int {
	var codes []int
	span := func(from, to int) {
		for c := from; c <= to; c++ {
			codes = append(codes, c)
		}
	}
	span(100, 104)
	span(200, 208)
	codes = append(codes, 226)
	span(300, 308)
	span(400, 418)
	span(421, 426)
	codes = append(codes, 428, 429, 431, 451)
	span(500, 508)
	codes = append(codes, 510, 511)
	return codes
}()

// seedCodes are the 34 codes of the reference page the product grew from
// (shared/seed/status-codes-reference.txt).
var seedCodes = []int{
	100, 101, 103,
	200, 201, 202, 204, 206,
	300, 301, 302, 303, 304, 307, 308,
	400, 401, 402, 403, 404, 405, 406, 408, 409, 410, 415, 418, 422, 429,
	500, 501, 502, 503, 504,
}

func TestFactListsHaveExpectedSizes(t *testing.T) {
	if len(seedCodes) != 34 {
		t.Errorf("seed list has %d codes, want 34", len(seedCodes))
	}
	// 5 + 9 + 1 + 9 + 19 + 6 + 4 + 9 + 2
	if len(ianaRegistered) != 64 {
		t.Errorf("registry list has %d codes, want 64", len(ianaRegistered))
	}
}

func TestRegisteredCodes(t *testing.T) {
	c := knowledge.Default()
	for _, code := range ianaRegistered {
		s, ok := c.Lookup(code)
		if !ok {
			t.Errorf("%d is in the IANA registry but not in the catalog", code)
			continue
		}
		if !s.Registered {
			t.Errorf("%d %s is in the IANA registry but registered = false", code, s.Phrase)
		}
	}
	for _, s := range c.All() {
		if s.Registered && !slices.Contains(ianaRegistered, s.Code) {
			t.Errorf("%d %s has registered = true but is not in the IANA registry", s.Code, s.Phrase)
		}
	}
}

func TestNonstandardEntries(t *testing.T) {
	for _, s := range knowledge.Default().All() {
		if s.Origin != "" && s.Registered {
			t.Errorf("%d has an origin (%s), so it is a vendor code, but registered = true", s.Code, s.Origin)
		}
		if !s.Registered && s.Origin == "" {
			t.Errorf("%d is not registered but names no origin", s.Code)
		}
		if !s.Registered && (s.Deprecated || s.Unused || s.Temporary) {
			t.Errorf("%d: deprecated/unused/temporary describe registry entries, but the code is not registered", s.Code)
		}
		if s.Nonstandard() == s.Registered {
			t.Errorf("%d: Nonstandard() = %v contradicts registered = %v", s.Code, s.Nonstandard(), s.Registered)
		}
	}
}

func TestEveryEntryIsComplete(t *testing.T) {
	c := knowledge.Default()
	all := c.All()
	if len(all) == 0 {
		t.Fatal("the catalog is empty")
	}
	for i, s := range all {
		name := fmt.Sprintf("%d", s.Code)
		if i > 0 && all[i-1].Code >= s.Code {
			t.Errorf("All() is not sorted: %d before %d", all[i-1].Code, s.Code)
		}
		if s.Class() == "" {
			t.Errorf("%s: no class (code outside 100-599)", name)
		}
		if strings.TrimSpace(s.Phrase) == "" {
			t.Errorf("%s: empty phrase", name)
		}
		if strings.TrimSpace(s.Summary) == "" {
			t.Errorf("%s: empty summary", name)
		}
		if strings.ContainsAny(s.Summary, "\r\n") {
			t.Errorf("%s: summary is not a single line: %q", name, s.Summary)
		}
		if strings.TrimSpace(s.Description) == "" {
			t.Errorf("%s: empty description", name)
		}
		if strings.TrimSpace(s.Use) == "" {
			t.Errorf("%s: empty use", name)
		}
		if len(s.References) == 0 {
			t.Errorf("%s: no reference", name)
		}
		for _, r := range s.References {
			if strings.TrimSpace(r.Title) == "" {
				t.Errorf("%s: reference %q has no title", name, r.URL)
			}
			if r.URL != "" && !strings.HasPrefix(r.URL, "https://") {
				t.Errorf("%s: reference URL %q is not https", name, r.URL)
			}
		}
		for _, a := range s.Aliases {
			if a == s.Phrase {
				t.Errorf("%s: alias %q repeats the phrase", name, a)
			}
		}
		for _, cf := range s.Confused {
			if cf.Code == s.Code {
				t.Errorf("%s: confused with itself", name)
			}
			if _, ok := c.Lookup(cf.Code); !ok {
				t.Errorf("%s: confused with %d, which the catalog does not know", name, cf.Code)
			}
			if strings.TrimSpace(cf.Note) == "" {
				t.Errorf("%s: confusion with %d has no note", name, cf.Code)
			}
		}
		for eco, names := range s.Constants {
			if !slices.Contains(knowledge.Ecosystems, eco) {
				t.Errorf("%s: unknown ecosystem %q", name, eco)
			}
			if len(names) == 0 {
				t.Errorf("%s: ecosystem %s has an empty constant list", name, eco)
			}
			for _, n := range names {
				if strings.TrimSpace(n) == "" || strings.ContainsAny(n, " .:") {
					t.Errorf("%s: %s constant %q is not a bare identifier", name, eco, n)
				}
			}
		}
		if s.Example != "" {
			checkProblemJSON(t, s.Code, s.Example)
		}
	}
}

// checkProblemJSON asserts that body is an RFC 9457 problem details object for
// code: a JSON object whose "status" is the code and which has a "title"; an
// absolute "type" must use https.
func checkProblemJSON(t *testing.T, code int, body string) {
	t.Helper()
	var obj map[string]any
	if err := json.Unmarshal([]byte(body), &obj); err != nil {
		t.Errorf("%d: example is not a JSON object: %v", code, err)
		return
	}
	status, ok := obj["status"].(float64)
	if !ok || int(status) != code || float64(int(status)) != status {
		t.Errorf("%d: example status is %v, want %d", code, obj["status"], code)
	}
	if title, _ := obj["title"].(string); strings.TrimSpace(title) == "" {
		t.Errorf("%d: example has no title", code)
	}
	if typ, ok := obj["type"].(string); ok && strings.Contains(typ, "://") && !strings.HasPrefix(typ, "https://") {
		t.Errorf("%d: example type %q is not https", code, typ)
	}
}

func TestSeedCodesHaveFixAndExample(t *testing.T) {
	c := knowledge.Default()
	for _, code := range seedCodes {
		s, ok := c.Lookup(code)
		if !ok {
			t.Errorf("seed code %d is missing from the catalog", code)
			continue
		}
		if strings.TrimSpace(s.Fix.Client) == "" {
			t.Errorf("%d: no client-side fix", code)
		}
		if strings.TrimSpace(s.Fix.Server) == "" {
			t.Errorf("%d: no server-side fix", code)
		}
		if code >= 400 {
			if s.Example == "" {
				t.Errorf("%d: no example problem+json body", code)
				continue
			}
			checkProblemJSON(t, code, s.Example)
		}
	}
}

func TestCurrentRegistryPhrases(t *testing.T) {
	c := knowledge.Default()
	want := map[int]string{
		413: "Content Too Large",
		422: "Unprocessable Content",
		510: "Not Extended",
	}
	for code, phrase := range want {
		s, ok := c.Lookup(code)
		if !ok {
			t.Errorf("%d is missing", code)
			continue
		}
		if s.Phrase != phrase {
			t.Errorf("%d phrase = %q, want %q", code, s.Phrase, phrase)
		}
	}
	if s, ok := c.Lookup(413); ok {
		found := false
		for _, r := range s.References {
			if strings.Contains(r.Title, "9110") && strings.HasSuffix(r.URL, "rfc9110#section-15.5.14") {
				found = true
			}
		}
		if !found {
			t.Errorf("413 lacks a reference to RFC 9110, Section 15.5.14: %v", s.References)
		}
	}
	for _, code := range []int{306, 418} {
		if s, ok := c.Lookup(code); !ok || !s.Unused {
			t.Errorf("%d should be in the catalog and marked unused (got %v, %v)", code, s, ok)
		}
	}
	if s, ok := c.Lookup(510); ok {
		if !s.Deprecated {
			t.Error("510 is obsoleted in the registry and should be deprecated")
		}
		if !strings.Contains(s.History, "2774") || !strings.Contains(s.History, "Historic") {
			t.Errorf("510 history should explain RFC 2774's move to Historic: %q", s.History)
		}
	}
	if s, ok := c.Lookup(503); ok && !slices.Contains(s.Headers, "Retry-After") {
		t.Errorf("503 headers %v lack Retry-After", s.Headers)
	}
}

// Heuristic cacheability is fixed by RFC 9110, Section 15.1; among registered
// codes exactly these are cacheable by default.
func TestCacheableByDefault(t *testing.T) {
	// RFC 9110 Section 15.1, plus 451 which RFC 7725 Section 3 makes cacheable by default.
	cacheable := []int{200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501}
	for _, s := range knowledge.Default().All() {
		if !s.Registered {
			continue
		}
		if want := slices.Contains(cacheable, s.Code); s.Cacheable != want {
			t.Errorf("%d: cacheable = %v, want %v", s.Code, s.Cacheable, want)
		}
	}
}
