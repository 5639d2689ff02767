package scan

import "testing"

// TestMatcherCallAtFileStart: a matcher call written as a method with nothing
// before the dot (".is(200)" at the very start of the input) must not index
// before the first token.
func TestMatcherCallAtFileStart(t *testing.T) {
	for _, lang := range []Language{JavaScript, Java, CSharp, Kotlin} {
		for _, src := range []string{".is(200)", ".EqualTo(404)", ".equalTo(500) "} {
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s %q: panic %v", lang, src, r)
					}
				}()
				if occ := Scan([]byte(src), lang); len(occ) != 0 {
					t.Errorf("%s %q: %d occurrences, want none (no assertThat around it)", lang, src, len(occ))
				}
			}()
		}
	}
}
