package scan

import (
	"fmt"
	"strings"
	"testing"
)

// markedCase is one table row: source with «» around every token that must
// be reported (and nothing else), and optionally the role of each in order.
type markedCase struct {
	src   string
	roles []Role
}

// checkMarked scans src with the markers removed and compares the reported
// ranges (and roles, when given) with the marked ones.
func checkMarked(t *testing.T, lang Language, cases []markedCase) {
	t.Helper()
	for _, c := range cases {
		text, labels, err := stripMarkers([]byte(c.src))
		if err != nil {
			t.Fatalf("%q: %v", c.src, err)
		}
		got := Scan(text, lang)
		var want, have []string
		for _, l := range labels {
			want = append(want, fmt.Sprintf("%d-%d %s", l.start, l.end, text[l.start:l.end]))
		}
		for _, o := range got {
			have = append(have, fmt.Sprintf("%d-%d %s", o.Start, o.End, text[o.Start:o.End]))
		}
		if strings.Join(want, ",") != strings.Join(have, ",") {
			t.Errorf("%s %q:\n got  %v\n want %v", lang, c.src, have, want)
			continue
		}
		for i, r := range c.roles {
			if i < len(got) && got[i].Role != r {
				t.Errorf("%s %q: occurrence %d has role %d (%s), want %d", lang, c.src, i, got[i].Role, got[i].Context, r)
			}
		}
	}
}

// checkInvariants is what every fuzz target asserts: results sorted, in
// bounds, non-empty, and literal codes agree with their digits.
func checkInvariants(t *testing.T, src []byte, lang Language) {
	occ := Scan(src, lang)
	last := -1
	for _, o := range occ {
		if o.Start < 0 || o.End > len(src) || o.Start >= o.End {
			t.Fatalf("%s: range %d-%d out of bounds (len %d)", lang, o.Start, o.End, len(src))
		}
		if o.Start < last {
			t.Fatalf("%s: occurrences not sorted at %d", lang, o.Start)
		}
		last = o.Start
		if o.Kind == Literal {
			if n, ok := decInt(src[o.Start:o.End]); !ok || n != o.Code {
				t.Fatalf("%s: literal %q reported as %d", lang, src[o.Start:o.End], o.Code)
			}
		}
	}
}
