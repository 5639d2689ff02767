package check

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// ignoreRule is one line of a .gitignore file.
type ignoreRule struct {
	neg     bool // "!pattern": re-include
	dirOnly bool // "pattern/": directories only
	re      *regexp.Regexp
}

// parseGitignore reads the patterns of one .gitignore file. The syntax is
// git's: blank lines and "#" comments are skipped, trailing spaces dropped
// unless escaped, "!" negates, a trailing "/" matches directories only, a
// pattern with a "/" elsewhere is anchored to the file's directory while one
// without matches a name at any depth, "*" and "?" stop at "/", "**" spans
// directories, "[...]" is a class and "\" escapes.
func parseGitignore(data []byte) []ignoreRule {
	var out []ignoreRule
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		// Trailing spaces are dropped unless escaped with a backslash.
		for strings.HasSuffix(line, " ") && !strings.HasSuffix(line, `\ `) {
			line = line[:len(line)-1]
		}
		if line == "" || line[0] == '#' {
			continue
		}
		var r ignoreRule
		if line[0] == '!' {
			r.neg = true
			line = line[1:]
		}
		if strings.HasSuffix(line, "/") {
			r.dirOnly = true
			line = strings.TrimRight(line, "/")
		}
		if line == "" {
			continue
		}
		anchored := strings.Contains(line, "/")
		line = strings.TrimPrefix(line, "/")
		expr := globRegexp(line)
		if anchored {
			expr = "^" + expr + "$"
		} else {
			expr = "(?:^|/)" + expr + "$"
		}
		re, err := regexp.Compile(expr)
		if err != nil {
			continue // a pattern git would not understand either
		}
		r.re = re
		out = append(out, r)
	}
	return out
}

// globRegexp translates a gitignore glob (without anchoring) into a regexp.
func globRegexp(g string) string {
	var b strings.Builder
	for i := 0; i < len(g); i++ {
		c := g[i]
		switch {
		case c == '*' && strings.HasPrefix(g[i:], "**"):
			atStart := i == 0 || g[i-1] == '/'
			j := i + 2
			switch {
			case atStart && j < len(g) && g[j] == '/':
				b.WriteString("(?:.*/)?") // "**/": any leading directories
				i = j
			case atStart && j == len(g):
				b.WriteString(".*") // trailing "/**": everything inside
				i = j - 1
			default:
				b.WriteString("[^/]*") // "**" not between slashes is "*"
				i = j - 1
			}
		case c == '*':
			b.WriteString("[^/]*")
		case c == '?':
			b.WriteString("[^/]")
		case c == '[':
			end := strings.IndexByte(g[i+1:], ']')
			if end < 0 {
				b.WriteString(`\[`)
				continue
			}
			class := g[i+1 : i+1+end]
			if end == 0 { // "[]...]": a ']' first is literal
				if e2 := strings.IndexByte(g[i+2:], ']'); e2 >= 0 {
					class = g[i+1 : i+2+e2]
					end = e2 + 1
				}
			}
			if strings.HasPrefix(class, "!") {
				class = "^" + class[1:]
			}
			class = strings.ReplaceAll(class, `\`, `\\`)
			class = strings.ReplaceAll(class, "[", `\[`)
			b.WriteString("[" + class + "]")
			i += end + 1
		case c == '\\' && i+1 < len(g):
			i++
			b.WriteString(regexp.QuoteMeta(string(g[i])))
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	return b.String()
}

// ignorer answers whether a path is ignored by the .gitignore files of its
// directory and the directories above it (up to the repository root).
type ignorer struct {
	byDir map[string][]ignoreRule // absolute directory -> its rules
	top   map[string]string       // walk root -> highest directory whose .gitignore applies
}

func newIgnorer() *ignorer {
	return &ignorer{byDir: map[string][]ignoreRule{}, top: map[string]string{}}
}

// load reads dir's .gitignore once.
func (ig *ignorer) load(dir string) {
	if _, ok := ig.byDir[dir]; ok {
		return
	}
	data, err := os.ReadFile(filepath.Join(dir, ".gitignore"))
	if err != nil {
		ig.byDir[dir] = nil
		return
	}
	ig.byDir[dir] = parseGitignore(data)
}

// addRoot prepares a walk root: the .gitignore files from the enclosing
// repository's root down to the walk root apply to everything below it.
// Without an enclosing repository only the walk root's own file applies.
func (ig *ignorer) addRoot(root string) {
	top := root
	for d := root; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			top = d
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	ig.top[root] = top
	for d := root; ; d = filepath.Dir(d) {
		ig.load(d)
		if d == top || filepath.Dir(d) == d {
			break
		}
	}
}

// ignored reports whether path (absolute, below root) is ignored; the last
// matching pattern wins, deeper files after shallower ones.
func (ig *ignorer) ignored(root, path string, isDir bool) bool {
	top := ig.top[root]
	if top == "" {
		top = root
	}
	var dirs []string
	for d := filepath.Dir(path); ; d = filepath.Dir(d) {
		dirs = append(dirs, d)
		if d == top || filepath.Dir(d) == d || !strings.HasPrefix(d, top) {
			break
		}
	}
	ignored := false
	for i := len(dirs) - 1; i >= 0; i-- {
		d := dirs[i]
		ig.load(d)
		rules := ig.byDir[d]
		if len(rules) == 0 {
			continue
		}
		rel, err := filepath.Rel(d, path)
		if err != nil || strings.HasPrefix(rel, "..") {
			continue
		}
		rel = filepath.ToSlash(rel)
		for _, r := range rules {
			if r.dirOnly && !isDir {
				continue
			}
			if r.re.MatchString(rel) {
				ignored = !r.neg
			}
		}
	}
	return ignored
}
