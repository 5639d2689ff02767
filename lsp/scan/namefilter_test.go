package scan

import "testing"

// TestNameFilterKeepsKeys: a prefilter may let strangers through but must
// never reject a key of the map it guards.
func TestNameFilterKeepsKeys(t *testing.T) {
	for name, m := range map[string]map[string]bool{"strongNames": strongNames, "responseish": responseish, "assertNames": assertNames, "matcherNames": matcherNames, "subjectFns": subjectFns, "rangeMatchers": rangeMatchers, "transparent": transparent} {
		f := filterOf(m)
		for k := range m {
			if !f.maybe(k) {
				t.Errorf("%s: filter rejects its key %q", name, k)
			}
		}
	}
	for k := range jsModules {
		if !jsModuleFilter.maybe(k) {
			t.Errorf("jsModuleFilter rejects %q", k)
		}
	}
	for _, s := range []*langSpec{(&langSpec{lang: JavaScript, shapes: jsShapes}).init(), (&langSpec{lang: Python, shapes: pyShapes}).init()} {
		for k := range s.byName {
			if len(s.shapesOf(k)) != len(s.byName[k]) {
				t.Errorf("%s: shapesOf(%q) lost shapes", s.lang, k)
			}
		}
	}
	var f nameFilter
	f.add("status")
	for _, s := range []string{"", "statu", "Status", "statuses", "x"} {
		if f.maybe(s) {
			t.Errorf("filter of {status} accepts %q", s)
		}
	}
}

// TestKeywordTokMatchesMap: isKeywordTok answers as the keywords map does
// for every name in it (the lexer tags some, a switch answers the rest).
func TestKeywordTokMatchesMap(t *testing.T) {
	for k, want := range keywords {
		e := &engine{src: []byte(k)}
		e.toks = lexInto(nil, e.src, &jsLex)
		if len(e.toks) != 1 {
			t.Fatalf("%q lexes to %d tokens", k, len(e.toks))
		}
		if got := e.isKeywordTok(0); got != want {
			t.Errorf("isKeywordTok(%q) = %v, keywords says %v", k, got, want)
		}
	}
	for _, k := range []string{"iff", "While", "status", "lockx", "ends"} {
		e := &engine{src: []byte(k)}
		e.toks = lexInto(nil, e.src, &jsLex)
		if e.isKeywordTok(0) {
			t.Errorf("isKeywordTok(%q) = true", k)
		}
	}
}
