package scan

// nameFilter answers "certainly not a key" for most names before a string
// map is consulted: it records the lengths, first bytes and last bytes of
// the keys. A name passes only if all three were seen; the map then decides.
type nameFilter struct {
	lens  [2]uint64 // bit n: some key has length n (lengths >= 127 share bit 127)
	first [4]uint64 // bit c: some key starts with byte c
	last  [4]uint64 // bit c: some key ends with byte c
}

func lenBit(n int) int {
	if n > 127 {
		return 127
	}
	return n
}

func (f *nameFilter) add(s string) {
	if s == "" {
		f.lens[0] |= 1
		return
	}
	n := lenBit(len(s))
	f.lens[n>>6] |= 1 << (n & 63)
	f.first[s[0]>>6] |= 1 << (s[0] & 63)
	f.last[s[len(s)-1]>>6] |= 1 << (s[len(s)-1] & 63)
}

// maybe reports whether s could be a key (false: it certainly is not).
func (f *nameFilter) maybe(s string) bool {
	n := len(s)
	if n == 0 {
		return f.lens[0]&1 != 0
	}
	n = min(n, 127)
	a, b := s[0], s[len(s)-1]
	return (f.lens[n>>6]>>(n&63))&(f.first[a>>6]>>(a&63))&(f.last[b>>6]>>(b&63))&1 != 0
}

func filterOf[V any](m map[string]V) *nameFilter {
	f := &nameFilter{}
	for k := range m {
		f.add(k)
	}
	return f
}

var (
	strongFilter      = filterOf(strongNames)
	responseishFilter = filterOf(responseish)
)

var (
	assertFilter  = filterOf(assertNames)
	matcherFilter = filterOf(matcherNames)
	subjectFilter = filterOf(subjectFns)
	rangeFilter   = filterOf(rangeMatchers)
)

func isAssertName(s string) bool   { return assertFilter.maybe(s) && assertNames[s] }
func isMatcherName(s string) bool  { return matcherFilter.maybe(s) && matcherNames[s] }
func isSubjectFn(s string) bool    { return subjectFilter.maybe(s) && subjectFns[s] }
func isRangeMatcher(s string) bool { return rangeFilter.maybe(s) && rangeMatchers[s] }

var transparentFilter = filterOf(transparent)
