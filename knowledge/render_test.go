package knowledge_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"httpstatus-lsp/knowledge"
)

func TestMarkdown(t *testing.T) {
	for _, s := range knowledge.Default().All() {
		md := s.Markdown()
		first, _, _ := strings.Cut(md, "\n")
		if !strings.Contains(first, fmt.Sprint(s.Code)) || !strings.Contains(first, s.Phrase) {
			t.Errorf("%d: first line %q lacks the code or the phrase %q", s.Code, first, s.Phrase)
		}
		if !strings.Contains(md, s.Summary) {
			t.Errorf("%d: markdown lacks the summary", s.Code)
		}
		for _, r := range s.References {
			if r.URL == "" {
				continue
			}
			if link := fmt.Sprintf("[%s](%s)", r.Title, r.URL); !strings.Contains(md, link) {
				t.Errorf("%d: markdown lacks the link %s", s.Code, link)
			}
		}
		if s.Deprecated && !strings.Contains(first, "deprecated") {
			t.Errorf("%d: deprecated entry not flagged on the first line: %q", s.Code, first)
		}
		if !s.Registered && !strings.Contains(first, "non-standard") {
			t.Errorf("%d: non-registered entry not flagged on the first line: %q", s.Code, first)
		}
	}
}

func TestText(t *testing.T) {
	for _, s := range knowledge.Default().All() {
		txt := s.Text()
		first, _, _ := strings.Cut(txt, "\n")
		if !strings.HasPrefix(first, fmt.Sprintf("%d %s", s.Code, s.Phrase)) {
			t.Errorf("%d: text starts with %q", s.Code, first)
		}
		if strings.Contains(txt, "**") || strings.Contains(txt, "```") {
			t.Errorf("%d: text keeps markdown markup", s.Code)
		}
		for _, r := range s.References {
			if r.URL != "" && !strings.Contains(txt, "<"+r.URL+">") {
				t.Errorf("%d: text lacks the reference URL %s", s.Code, r.URL)
			}
		}
	}
}

// explainJSON mirrors the keys CONTRACT.md promises for `explain --json`.
type explainJSON struct {
	Code       *int    `json:"code"`
	Phrase     *string `json:"phrase"`
	Class      *string `json:"class"`
	Registered *bool   `json:"registered"`
	Deprecated *bool   `json:"deprecated"`
	Cacheable  *bool   `json:"cacheable"`
	References *[]struct {
		Title *string `json:"title"`
		URL   *string `json:"url"`
	} `json:"references"`
	Summary *string         `json:"summary"`
	Example json.RawMessage `json:"example"`
	Fix     json.RawMessage `json:"fix"`
}

func TestJSONContract(t *testing.T) {
	for _, s := range knowledge.Default().All() {
		raw, err := s.JSON()
		if err != nil {
			t.Errorf("%d: JSON: %v", s.Code, err)
			continue
		}
		var e explainJSON
		if err := json.Unmarshal(raw, &e); err != nil {
			t.Errorf("%d: JSON output does not parse: %v", s.Code, err)
			continue
		}
		switch {
		case e.Code == nil || *e.Code != s.Code:
			t.Errorf("%d: code key missing or wrong: %s", s.Code, raw)
		case e.Phrase == nil || *e.Phrase != s.Phrase:
			t.Errorf("%d: phrase key missing or wrong", s.Code)
		case e.Class == nil || *e.Class != s.Class() || *e.Class == "":
			t.Errorf("%d: class key missing or wrong", s.Code)
		case e.Registered == nil || *e.Registered != s.Registered:
			t.Errorf("%d: registered key missing or wrong", s.Code)
		case e.Deprecated == nil || *e.Deprecated != s.Deprecated:
			t.Errorf("%d: deprecated key missing or wrong", s.Code)
		case e.Cacheable == nil || *e.Cacheable != s.Cacheable:
			t.Errorf("%d: cacheable key missing or wrong", s.Code)
		case e.Summary == nil || *e.Summary != s.Summary || strings.Contains(*e.Summary, "\n"):
			t.Errorf("%d: summary key missing, wrong or not one line", s.Code)
		case e.References == nil:
			t.Errorf("%d: references key missing", s.Code)
		}
		if e.References != nil {
			if len(*e.References) != len(s.References) {
				t.Errorf("%d: %d references in JSON, %d in the entry", s.Code, len(*e.References), len(s.References))
			}
			for _, r := range *e.References {
				if r.Title == nil || r.URL == nil {
					t.Errorf("%d: a reference lacks the title or url key", s.Code)
				}
			}
		}
		if slices.Contains(seedCodes, s.Code) && s.Code >= 400 {
			if len(e.Example) == 0 {
				t.Errorf("%d: seed code without example in JSON", s.Code)
			} else {
				checkProblemJSON(t, s.Code, string(e.Example))
			}
			var fix struct{ Client, Server string }
			if err := json.Unmarshal(e.Fix, &fix); err != nil || fix.Client == "" || fix.Server == "" {
				t.Errorf("%d: seed code without client and server fix in JSON: %s (%v)", s.Code, e.Fix, err)
			}
		}
	}
}
