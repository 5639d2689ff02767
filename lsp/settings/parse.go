package settings

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// Problem is one invalid setting: where it is, which key, and what is wrong.
// The key it names is ignored and its default stays in force.
type Problem struct {
	Source string // the file's path, or the editor source ("initializationOptions")
	Line   int    // 1-based line in a file; 0 when not known (JSON sources)
	Column int    // 1-based column; 0 when not known
	Key    string // dotted key: "rules.prefer-const", "codes[1].code"; "" for the whole source
	Msg    string
}

func (e *Problem) Error() string {
	var b strings.Builder
	b.WriteString(e.Source)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// editorOnlyKeys are keys an editor integration keeps in the same section for
// itself (the VS Code extension's server.path, trace.server): accepted and
// ignored, never reported.
var editorOnlyKeys = map[string]bool{"server": true, "trace": true}

// knownKeys are the top-level keys of the vocabulary.
var knownKeys = []string{"rules", "codes", "style", "hints", "ignore", "languages"}

// ParseTOML reads a .httpstatus.toml document. source names it in errors. A
// document that is not TOML yields no settings and one error with its line;
// otherwise each invalid key is reported and dropped.
func ParseTOML(data []byte, source string) (Settings, []error) {
	var tree map[string]any
	if err := toml.Unmarshal(data, &tree); err != nil {
		e := &Problem{Source: source, Msg: "not valid TOML, the file is ignored: " + err.Error()}
		var de *toml.DecodeError
		if errors.As(err, &de) {
			e.Line, e.Column = de.Position()
			e.Msg = "not valid TOML, the file is ignored: " + strings.TrimPrefix(de.Error(), "toml: ")
			if k := de.Key(); len(k) > 0 {
				e.Key = strings.Join(k, ".")
			}
		}
		return Settings{}, []error{e}
	}
	pos := tomlPositions(data)
	return fromTree(tree, source, func(key string) (int, int) {
		for {
			if p, ok := pos[key]; ok {
				return p.Line, p.Column
			}
			i := strings.LastIndexAny(key, ".[")
			if i < 0 {
				return 0, 0
			}
			key = key[:i]
		}
	})
}

// ParseJSON reads settings sent by an editor: the object itself, or the
// object under "httpstatus" (initializationOptions and
// workspace/didChangeConfiguration both send either shape). An object with
// neither our section nor any of our keys is somebody else's: no settings,
// no error. null and absent values are empty settings.
func ParseJSON(raw []byte, source string) (Settings, []error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return Settings{}, nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return Settings{}, []error{&Problem{Source: source, Msg: "not a JSON value: " + err.Error()}}
	}
	if emptyContainer(v) {
		return Settings{}, nil // Lua clients send an empty table as []
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return Settings{}, []error{&Problem{Source: source, Msg: fmt.Sprintf("expected an object, got %s", typeName(v))}}
	}
	if sec, ok := obj["httpstatus"]; ok {
		if sec == nil || emptyContainer(sec) {
			return Settings{}, nil
		}
		inner, ok := sec.(map[string]any)
		if !ok {
			return Settings{}, []error{&Problem{Source: source, Key: "httpstatus", Msg: fmt.Sprintf("expected an object, got %s", typeName(sec))}}
		}
		obj = inner
	} else {
		ours := false
		for _, k := range knownKeys {
			if _, ok := obj[k]; ok {
				ours = true
			}
		}
		if !ours {
			return Settings{}, nil
		}
	}
	return fromTree(obj, source, func(string) (int, int) { return 0, 0 })
}

// fromTree validates a decoded tree key by key.
func fromTree(tree map[string]any, source string, locate func(key string) (int, int)) (Settings, []error) {
	var s Settings
	var errs []error
	bad := func(key, format string, args ...any) {
		line, col := locate(key)
		errs = append(errs, &Problem{Source: source, Line: line, Column: col, Key: key, Msg: fmt.Sprintf(format, args...)})
	}
	keys := make([]string, 0, len(tree))
	for k := range tree {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		v := tree[key]
		if v == nil || emptyContainer(v) {
			// null, [] or {}: not set (an empty Lua table is either).
			if key == "rules" || key == "codes" || key == "ignore" || key == "languages" || v == nil {
				continue
			}
		}
		switch key {
		case "rules":
			m, ok := v.(map[string]any)
			if !ok {
				bad(key, "expected a table of rule id = severity, got %s; the default severities stay in force", typeName(v))
				continue
			}
			s.Rules = map[string]string{}
			ids := make([]string, 0, len(m))
			for id := range m {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			for _, id := range ids {
				k := key + "." + id
				if !contains(RuleIDs, id) {
					hint := ""
					if near := nearest(id, RuleIDs); near != "" {
						hint = fmt.Sprintf(" (did you mean %q?)", near)
					}
					bad(k, "unknown rule id %q%s; known rules: %s", id, hint, strings.Join(RuleIDs, ", "))
					continue
				}
				w, ok := m[id].(string)
				word := strings.ToLower(strings.TrimSpace(w))
				if word == "info" {
					word = Information
				}
				if !ok || !contains(severities, word) {
					bad(k, "severity must be one of %s, got %s; the rule keeps its default", strings.Join(severities, ", "), describe(m[id]))
					continue
				}
				s.Rules[id] = word
			}
		case "codes":
			list, ok := v.([]any)
			if !ok {
				bad(key, "expected an array of { code, phrase, description } tables, got %s", typeName(v))
				continue
			}
			s.Codes = []CustomCode{}
			seen := map[int]bool{}
			for i, el := range list {
				k := fmt.Sprintf("%s[%d]", key, i)
				m, ok := el.(map[string]any)
				if !ok {
					bad(k, "expected a table { code, phrase, description }, got %s", typeName(el))
					continue
				}
				var c CustomCode
				code, ok := integer(m["code"])
				switch {
				case m["code"] == nil:
					bad(k, "a custom code needs `code`, a number from 100 to 999")
					continue
				case !ok:
					bad(k+".code", "expected a number from 100 to 999, got %s", describe(m["code"]))
					continue
				case code < 100 || code > 999:
					bad(k+".code", "%d is outside 100-999, so it cannot be a status code", code)
					continue
				}
				c.Code = int(code)
				if seen[c.Code] {
					bad(k+".code", "%d is defined twice; the later entry wins", c.Code)
				}
				phrase, ok := m["phrase"].(string)
				if !ok || strings.TrimSpace(phrase) == "" {
					bad(k+".phrase", "custom code %d needs a non-empty `phrase` string, got %s", c.Code, describe(m["phrase"]))
					continue
				}
				c.Phrase = strings.TrimSpace(phrase)
				if d, present := m["description"]; present {
					desc, ok := d.(string)
					if !ok {
						bad(k+".description", "expected a string, got %s", typeName(d))
					}
					c.Description = strings.TrimSpace(desc)
				}
				for f := range m {
					if f != "code" && f != "phrase" && f != "description" {
						bad(k+"."+f, "unknown key in a custom code (known: code, phrase, description)")
					}
				}
				if seen[c.Code] {
					for j := range s.Codes {
						if s.Codes[j].Code == c.Code {
							s.Codes[j] = c
						}
					}
					continue
				}
				seen[c.Code] = true
				s.Codes = append(s.Codes, c)
			}
		case "style":
			w, ok := v.(string)
			word := strings.ToLower(strings.TrimSpace(w))
			if !ok || (word != StyleAny && word != StyleConstant && word != StyleNumber) {
				bad(key, `expected "any", "constant" or "number", got %s; the default "any" stays in force`, describe(v))
				continue
			}
			s.Style = word
		case "hints":
			b, ok := v.(bool)
			if !ok {
				bad(key, "expected true or false, got %s; inlay hints stay on", describe(v))
				continue
			}
			s.Hints = &b
		case "ignore":
			list, ok := stringList(v)
			if !ok {
				bad(key, "expected an array of path globs, got %s", typeName(v))
				continue
			}
			s.Ignore = []string{}
			for i, g := range list {
				if _, err := path.Match(strings.ReplaceAll(g, "**", "*"), ""); err != nil || strings.TrimSpace(g) == "" {
					bad(fmt.Sprintf("%s[%d]", key, i), "%q is not a valid glob", g)
					continue
				}
				s.Ignore = append(s.Ignore, g)
			}
		case "languages":
			list, ok := stringList(v)
			if !ok {
				bad(key, "expected an array of language ids, got %s", typeName(v))
				continue
			}
			s.Languages = []string{}
			for i, l := range list {
				id := normalizeLanguage(l)
				if id == "" {
					bad(fmt.Sprintf("%s[%d]", key, i), "unknown language %q; known: %s", l, strings.Join(Languages, ", "))
					continue
				}
				s.Languages = append(s.Languages, id)
			}
		default:
			if editorOnlyKeys[key] {
				continue
			}
			hint := ""
			if near := nearest(key, knownKeys); near != "" {
				hint = fmt.Sprintf(" (did you mean %q?)", near)
			}
			bad(key, "unknown setting%s; known settings: %s", hint, strings.Join(knownKeys, ", "))
		}
	}
	return s, errs
}

var severities = []string{Error, Warning, Information, Hint, Off}

// emptyContainer: an empty array or object.
func emptyContainer(v any) bool {
	switch x := v.(type) {
	case []any:
		return len(x) == 0
	case map[string]any:
		return len(x) == 0
	}
	return false
}

var languageAliases = map[string]string{
	"golang": "go", "javascriptreact": "javascript", "js": "javascript", "jsx": "javascript",
	"typescriptreact": "typescript", "ts": "typescript", "tsx": "typescript", "py": "python",
	"kt": "kotlin", "cs": "csharp", "c#": "csharp", "rs": "rust", "rb": "ruby", "yml": "yaml",
	"jsonc": "json", "rest": "http", "md": "markdown",
}

func normalizeLanguage(l string) string {
	l = strings.ToLower(strings.TrimSpace(l))
	if a, ok := languageAliases[l]; ok {
		return a
	}
	if contains(Languages, l) {
		return l
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// nearest suggests a known word within a small edit distance of s.
func nearest(s string, known []string) string {
	best, bestD := "", 3+len(s)/6
	for _, k := range known {
		if d := editDistance(strings.ToLower(s), k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 99
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// integer accepts whole numbers from TOML (int64) and JSON (json.Number,
// float64).
func integer(v any) (int64, bool) {
	switch n := v.(type) {
	case int64:
		return n, true
	case int:
		return int64(n), true
	case float64:
		if n == math.Trunc(n) && math.Abs(n) < 1e15 {
			return int64(n), true
		}
	case json.Number:
		i, err := strconv.ParseInt(string(n), 10, 64)
		return i, err == nil
	}
	return 0, false
}

func stringList(v any) ([]string, bool) {
	list, ok := v.([]any)
	if !ok {
		if ss, ok := v.([]string); ok {
			return ss, true
		}
		return nil, false
	}
	out := make([]string, 0, len(list))
	for _, el := range list {
		s, ok := el.(string)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "nothing"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case int64, int, float64, json.Number:
		return "a number"
	case []any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("a %T", v)
}

// describe shows a scalar value as written, or its type.
func describe(v any) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x)
	case bool, int64, int, float64, json.Number:
		return fmt.Sprint(x)
	}
	return typeName(v)
}

// tomlPositions maps every key path of a TOML document ("rules",
// "rules.prefer-constant", "codes[1].code") to where it is written.
func tomlPositions(data []byte) map[string]unstable.Position {
	pos := map[string]unstable.Position{}
	var p unstable.Parser
	p.Reset(data)
	where := func(n *unstable.Node) (unstable.Position, bool) {
		if n == nil || n.Raw.Length == 0 && n.Raw.Offset == 0 {
			return unstable.Position{}, false
		}
		defer func() { _ = recover() }() // a range outside the data: no position
		return p.Shape(n.Raw).Start, true
	}
	keyOf := func(n *unstable.Node) (string, *unstable.Node) {
		var parts []string
		var first *unstable.Node
		it := n.Key()
		for it.Next() {
			k := it.Node()
			if first == nil {
				first = k
			}
			parts = append(parts, string(k.Data))
		}
		return strings.Join(parts, "."), first
	}
	join := func(prefix, key string) string {
		if prefix == "" {
			return key
		}
		return prefix + "." + key
	}
	var value func(prefix string, v *unstable.Node)
	value = func(prefix string, v *unstable.Node) {
		if v == nil {
			return
		}
		switch v.Kind {
		case unstable.Array:
			i := 0
			it := v.Children()
			for it.Next() {
				el := it.Node()
				if el.Kind == unstable.Comment {
					continue
				}
				k := fmt.Sprintf("%s[%d]", prefix, i)
				if at, ok := where(el); ok {
					pos[k] = at
				}
				value(k, el)
				i++
			}
		case unstable.InlineTable:
			it := v.Children()
			for it.Next() {
				kv := it.Node()
				if kv.Kind != unstable.KeyValue {
					continue
				}
				name, first := keyOf(kv)
				k := join(prefix, name)
				if at, ok := where(first); ok {
					pos[k] = at
					if _, seen := pos[prefix]; !seen {
						pos[prefix] = at
					}
				}
				value(k, kv.Value())
			}
		}
	}
	table := ""
	arrays := map[string]int{}
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			name, first := keyOf(e)
			table = name
			if e.Kind == unstable.ArrayTable {
				table = fmt.Sprintf("%s[%d]", name, arrays[name])
				arrays[name]++
			}
			if at, ok := where(first); ok {
				if _, seen := pos[name]; !seen {
					pos[name] = at
				}
				pos[table] = at
			}
		case unstable.KeyValue:
			name, first := keyOf(e)
			k := join(table, name)
			if at, ok := where(first); ok {
				pos[k] = at
			}
			value(k, e.Value())
		}
	}
	return pos
}
