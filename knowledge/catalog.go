package knowledge

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/pelletier/go-toml/v2"
)

//go:embed data/*.toml
var dataFS embed.FS

// Catalog indexes the statuses by code and by constant name.
type Catalog struct {
	statuses []*Status                     // sorted by code
	byCode   map[int]*Status               // code -> entry
	byConst  map[string]map[string]*Status // ecosystem -> constant name -> entry
	byName   map[string][]*Status          // any constant name -> entries (for `explain NAME`)
}

type dataFile struct {
	Status []Status `toml:"status"`
}

var (
	defaultOnce    sync.Once
	defaultCatalog *Catalog
	defaultErr     error
)

// Default is the embedded catalog, loaded on first use. The data is part of the
// binary and checked by tests, so a load error is a build defect and panics.
func Default() *Catalog {
	defaultOnce.Do(func() {
		defaultCatalog, defaultErr = Load(dataFS)
	})
	if defaultErr != nil {
		panic("knowledge: embedded catalog is broken: " + defaultErr.Error())
	}
	return defaultCatalog
}

// Preload loads the default catalog in the background so the first lookup is fast.
func Preload() { go Default() }

// Load reads every data/*.toml file of fsys into a catalog.
func Load(fsys fs.FS) (*Catalog, error) {
	names, err := fs.Glob(fsys, "data/*.toml")
	if err != nil {
		return nil, err
	}
	c := &Catalog{
		byCode:  map[int]*Status{},
		byConst: map[string]map[string]*Status{},
		byName:  map[string][]*Status{},
	}
	for _, name := range names {
		raw, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var f dataFile
		if err := toml.Unmarshal(raw, &f); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for i := range f.Status {
			if err := c.add(&f.Status[i]); err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
		}
	}
	sort.Slice(c.statuses, func(i, j int) bool { return c.statuses[i].Code < c.statuses[j].Code })
	return c, nil
}

func (c *Catalog) add(s *Status) error {
	if s.Code < 100 || s.Code > 999 {
		return fmt.Errorf("code %d is outside 100-999", s.Code)
	}
	if _, dup := c.byCode[s.Code]; dup {
		return fmt.Errorf("code %d appears twice", s.Code)
	}
	c.byCode[s.Code] = s
	c.statuses = append(c.statuses, s)
	for eco, names := range s.Constants {
		m := c.byConst[eco]
		if m == nil {
			m = map[string]*Status{}
			c.byConst[eco] = m
		}
		for _, n := range names {
			if prev, dup := m[n]; dup && prev != s {
				return fmt.Errorf("%s constant %s names both %d and %d", eco, n, prev.Code, s.Code)
			}
			m[n] = s
			c.byName[n] = appendUnique(c.byName[n], s)
		}
	}
	return nil
}

func appendUnique(list []*Status, s *Status) []*Status {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// All returns every entry, sorted by code. The slice must not be modified.
func (c *Catalog) All() []*Status { return c.statuses }

// Lookup finds the entry for a code.
func (c *Catalog) Lookup(code int) (*Status, bool) {
	s, ok := c.byCode[code]
	return s, ok
}

// ByConstant finds the entry a constant of an ecosystem names, e.g.
// ("go", "StatusNotFound") or ("rack", "not_found").
func (c *Catalog) ByConstant(ecosystem, name string) (*Status, bool) {
	s, ok := c.byConst[ecosystem][name]
	return s, ok
}

// Constants returns the constant names of one ecosystem, mapped to their entries.
func (c *Catalog) Constants(ecosystem string) map[string]*Status { return c.byConst[ecosystem] }

// Resolve turns a user's word into an entry: a number ("404"), or a constant
// name of any ecosystem, with or without its qualifier ("StatusTeapot",
// "http.StatusTeapot", "HTTP_404_NOT_FOUND", "NOT_FOUND"). A name that different
// ecosystems give to different codes is ambiguous and reported as such.
func (c *Catalog) Resolve(word string) (*Status, error) {
	word = strings.TrimSpace(word)
	if word == "" {
		return nil, fmt.Errorf("no status code given")
	}
	if n, ok := parseCode(word); ok {
		if s, found := c.byCode[n]; found {
			return s, nil
		}
		return nil, fmt.Errorf("%s is not a status code the catalog knows", word)
	}
	name := word
	if i := strings.LastIndexAny(name, ".:"); i >= 0 {
		name = name[i+1:]
	}
	cands := c.byName[name]
	if len(cands) == 0 {
		cands = c.byName[strings.TrimPrefix(name, ":")]
	}
	switch len(cands) {
	case 0:
		return nil, fmt.Errorf("%q is neither a status code nor a known status constant", word)
	case 1:
		return cands[0], nil
	}
	codes := make([]string, len(cands))
	for i, s := range cands {
		codes[i] = fmt.Sprint(s.Code)
	}
	return nil, fmt.Errorf("%q is ambiguous: it names %s in different libraries", word, strings.Join(codes, " and "))
}

func parseCode(s string) (int, bool) {
	if len(s) == 0 || len(s) > 6 {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, true
}
