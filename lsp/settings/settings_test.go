package settings

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

const goodTOML = `# team settings
style = "constant"
hints = false
ignore = ["vendor", "gen/**", "*.pb.go"]
languages = ["go", "typescriptreact"]

[rules]
nonstandard-code = "off"
deprecated-code = "error"

[[codes]]
code = 460
phrase = "Client Closed Early"
description = "Our gateway's code for a client that left."

[[codes]]
code = 299
phrase = "Partial Batch"
`

func TestParseTOMLValid(t *testing.T) {
	s, errs := ParseTOML([]byte(goodTOML), FileName)
	if len(errs) > 0 {
		t.Fatalf("unexpected errors: %v", errs)
	}
	if s.Style != StyleConstant || s.HintsEnabled() {
		t.Errorf("style %q hints %v", s.Style, s.HintsEnabled())
	}
	wantRules := map[string]string{RuleNonstandardCode: Off, RuleDeprecatedCode: Error}
	if !reflect.DeepEqual(s.Rules, wantRules) {
		t.Errorf("rules = %v, want %v", s.Rules, wantRules)
	}
	if c, ok := s.Custom(460); !ok || c.Phrase != "Client Closed Early" || !strings.Contains(c.Description, "gateway") {
		t.Errorf("Custom(460) = %+v, %v", c, ok)
	}
	if _, ok := s.Custom(461); ok {
		t.Error("461 is not configured")
	}
	if !reflect.DeepEqual(s.Languages, []string{"go", "typescript"}) {
		t.Errorf("languages = %v", s.Languages)
	}
	if !s.LanguageEnabled("go") || s.LanguageEnabled("python") {
		t.Error("LanguageEnabled disagrees with the list")
	}
}

// problem checks that errs holds exactly one *Problem and returns it.
func problem(t *testing.T, errs []error) *Problem {
	t.Helper()
	if len(errs) != 1 {
		t.Fatalf("want one error, got %d: %v", len(errs), errs)
	}
	var p *Problem
	if !errors.As(errs[0], &p) {
		t.Fatalf("error %v is not a *Problem", errs[0])
	}
	return p
}

func TestParseTOMLInvalidValues(t *testing.T) {
	tests := []struct {
		name, doc string
		key       string
		line      int
		msg       string
		check     func(t *testing.T, s Settings)
	}{
		{"unknown rule", "style = \"number\"\n\n[rules]\nprefer-const = \"hint\"\nunassigned-code = \"off\"\n",
			"rules.prefer-const", 4, `did you mean "prefer-constant"`, func(t *testing.T, s Settings) {
				if s.Rules[RuleUnassignedCode] != Off || len(s.Rules) != 1 || s.Style != StyleNumber {
					t.Errorf("valid keys must still apply: %+v", s)
				}
			}},
		{"bad severity", "[rules]\ndeprecated-code = \"loud\"\n", "rules.deprecated-code", 2, `"loud"`, func(t *testing.T, s Settings) {
			if got := s.Severity(RuleDeprecatedCode, Warning); got != Warning {
				t.Errorf("default must stay: %q", got)
			}
		}},
		{"severity not a string", "rules = { invalid-code = 3 }\n", "rules.invalid-code", 1, "severity must be", nil},
		{"bad style", "hints = true\nstyle = \"numbers\"\n", "style", 2, `"numbers"`, func(t *testing.T, s Settings) {
			if s.Style != "" || !s.HintsEnabled() {
				t.Errorf("style must stay unset: %+v", s)
			}
		}},
		{"hints not bool", "hints = \"no\"\n", "hints", 1, "true or false", nil},
		{"code too small", "[[codes]]\ncode = 42\nphrase = \"Meaning\"\n\n[[codes]]\ncode = 460\nphrase = \"Ours\"\n",
			"codes[0].code", 2, "outside 100-999", func(t *testing.T, s Settings) {
				if len(s.Codes) != 1 || s.Codes[0].Code != 460 {
					t.Errorf("the valid code must remain: %+v", s.Codes)
				}
			}},
		{"code too large", "[[codes]]\nphrase = \"Big\"\ncode = 1000\n", "codes[0].code", 3, "1000", nil},
		{"second array table", "[[codes]]\ncode = 460\nphrase = \"A\"\n[[codes]]\ncode = 5000\nphrase = \"B\"\n", "codes[1].code", 5, "5000", nil},
		{"inline codes", "codes = [\n  { code = 461, phrase = \"A\" },\n  { code = 7, phrase = \"B\" },\n]\n", "codes[1].code", 3, "outside", nil},
		{"code without phrase", "[[codes]]\ncode = 460\n", "codes[0].phrase", 1, "phrase", nil},
		{"code not a number", "[[codes]]\ncode = \"460\"\nphrase = \"x\"\n", "codes[0].code", 2, "expected a number", nil},
		{"unknown key", "\n\nhint = false\n", "hint", 3, `did you mean "hints"`, nil},
		{"bad glob", "ignore = [\"ok/**\", \"[\"]\n", "ignore[1]", 1, "not a valid glob", func(t *testing.T, s Settings) {
			if !reflect.DeepEqual(s.Ignore, []string{"ok/**"}) {
				t.Errorf("ignore = %v", s.Ignore)
			}
		}},
		{"unknown language", "languages = [\"go\", \"cobol\"]\n", "languages[1]", 1, "cobol", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, errs := ParseTOML([]byte(tt.doc), "repo/.httpstatus.toml")
			p := problem(t, errs)
			if p.Key != tt.key || p.Line != tt.line {
				t.Errorf("problem at %q line %d, want %q line %d (%v)", p.Key, p.Line, tt.key, tt.line, p)
			}
			msg := p.Error()
			if !strings.Contains(msg, tt.msg) || !strings.Contains(msg, tt.key) || !strings.HasPrefix(msg, "repo/.httpstatus.toml:") {
				t.Errorf("message %q should name the file, %q and contain %q", msg, tt.key, tt.msg)
			}
			if tt.check != nil {
				tt.check(t, s)
			}
		})
	}
}

func TestParseTOMLSyntaxError(t *testing.T) {
	s, errs := ParseTOML([]byte("style = \"constant\"\n[rules\nx = 1\n"), "f.toml")
	p := problem(t, errs)
	if p.Line != 2 {
		t.Errorf("line %d, want 2 (%v)", p.Line, p)
	}
	if !strings.Contains(p.Error(), "f.toml:2:") {
		t.Errorf("message %q lacks file:line", p.Error())
	}
	if !reflect.DeepEqual(s, Settings{}) {
		t.Errorf("a broken file must contribute nothing, got %+v", s)
	}
}

func TestParseJSON(t *testing.T) {
	direct := `{"rules": {"nonstandard-code": "warning"}, "hints": false, "codes": [{"code": 460, "phrase": "Ours"}]}`
	nested := `{"httpstatus": ` + direct + `}`
	for _, doc := range []string{direct, nested} {
		s, errs := ParseJSON([]byte(doc), "initializationOptions")
		if len(errs) > 0 {
			t.Fatalf("%s: %v", doc, errs)
		}
		if s.Rules[RuleNonstandardCode] != Warning || s.HintsEnabled() {
			t.Errorf("%s: got %+v", doc, s)
		}
		if c, ok := s.Custom(460); !ok || c.Phrase != "Ours" {
			t.Errorf("%s: custom = %+v", doc, c)
		}
	}
	// Somebody else's section, null, nothing: no settings, no error.
	for _, doc := range []string{`{"gopls": {"x": 1}}`, `null`, ``, `{"httpstatus": null}`} {
		s, errs := ParseJSON([]byte(doc), "x")
		if len(errs) > 0 || !reflect.DeepEqual(s, Settings{}) {
			t.Errorf("%q: %+v %v", doc, s, errs)
		}
	}
	// The VS Code extension keeps server.path in the same section.
	if _, errs := ParseJSON([]byte(`{"httpstatus": {"server": {"path": "/bin/x"}, "hints": true}}`), "x"); len(errs) > 0 {
		t.Errorf("editor-only keys must be accepted: %v", errs)
	}
	// Invalid values are reported, naming the key, and dropped.
	s, errs := ParseJSON([]byte(`{"httpstatus": {"style": "loud", "codes": [{"code": 460.5, "phrase": "x"}], "rules": {"nope": "off"}}}`), "workspace/configuration")
	if len(errs) != 3 {
		t.Fatalf("want 3 errors, got %v", errs)
	}
	joined := ""
	for _, e := range errs {
		joined += e.Error() + "\n"
	}
	for _, want := range []string{"style", "codes[0].code", "rules.nope", "workspace/configuration"} {
		if !strings.Contains(joined, want) {
			t.Errorf("errors %q do not name %q", joined, want)
		}
	}
	if s.Style != "" || len(s.Codes) != 0 || len(s.Rules) != 0 {
		t.Errorf("invalid values must be dropped: %+v", s)
	}
	// Lua clients encode empty tables as arrays.
	for _, doc := range []string{`[]`, `{"httpstatus": []}`, `{"httpstatus": {"rules": [], "codes": {}, "ignore": [], "hints": null}}`} {
		s, errs := ParseJSON([]byte(doc), "x")
		if len(errs) > 0 || !reflect.DeepEqual(s, Settings{}) {
			t.Errorf("%s: %+v %v", doc, s, errs)
		}
	}
	if _, errs := ParseJSON([]byte(`{"httpstatus": {"style": []}}`), "x"); len(errs) != 1 {
		t.Errorf("an empty array is no style: %v", errs)
	}
	if _, errs := ParseJSON([]byte(`[1,2]`), "x"); len(errs) != 1 {
		t.Errorf("an array is not settings: %v", errs)
	}
}

func TestSeverity(t *testing.T) {
	s := Defaults()
	if got := s.Severity(RulePreferConstant, Off); got != Off {
		t.Errorf("prefer-constant is off by default, got %q", got)
	}
	s.Style = StyleConstant
	if got := s.Severity(RulePreferConstant, Off); got != Hint {
		t.Errorf("style constant turns prefer-constant on, got %q", got)
	}
	if got := s.Severity(RulePreferNumber, Off); got != Off {
		t.Errorf("style constant leaves prefer-number off, got %q", got)
	}
	s.Rules = map[string]string{RulePreferConstant: Warning, RuleInvalidCode: Off}
	if got := s.Severity(RulePreferConstant, Off); got != Warning {
		t.Errorf("an explicit rule wins over the style, got %q", got)
	}
	if got := s.Severity(RuleInvalidCode, Error); got != Off {
		t.Errorf("rule off, got %q", got)
	}
}

func boolp(b bool) *bool { return &b }

func TestMergeOrder(t *testing.T) {
	init := Settings{Rules: map[string]string{RuleNonstandardCode: Hint, RuleDeprecatedCode: Error}, Hints: boolp(false), Style: StyleNumber}
	change := Settings{Rules: map[string]string{RuleNonstandardCode: Warning}, Codes: []CustomCode{{Code: 460, Phrase: "Editor"}}}
	editor := Merge(Merge(Defaults(), init), change)
	if editor.Rules[RuleNonstandardCode] != Warning || editor.Rules[RuleDeprecatedCode] != Error {
		t.Errorf("didChangeConfiguration merges over initializationOptions rule by rule: %v", editor.Rules)
	}
	file := Settings{Rules: map[string]string{RuleNonstandardCode: Off}, Codes: []CustomCode{{Code: 460, Phrase: "Repo"}, {Code: 461, Phrase: "Other"}},
		Style: StyleConstant, Hints: boolp(true), Ignore: []string{"gen/**"}, Root: "/repo", Languages: []string{"go"}}
	s := Combine(editor, file)
	if s.Rules[RuleNonstandardCode] != Off || s.Rules[RuleDeprecatedCode] != Error {
		t.Errorf("the file wins for rules it names: %v", s.Rules)
	}
	if c, _ := s.Custom(460); c.Phrase != "Repo" || len(s.Codes) != 2 {
		t.Errorf("the file wins for codes: %+v", s.Codes)
	}
	if s.Style != StyleConstant || !reflect.DeepEqual(s.Ignore, []string{"gen/**"}) || s.Root != "/repo" {
		t.Errorf("the file wins for style and ignore: %+v", s)
	}
	if s.HintsEnabled() {
		t.Error("hints are the editor's choice when the editor sets them")
	}
	if !reflect.DeepEqual(s.Languages, []string{"go"}) {
		t.Errorf("the file supplies languages the editor leaves unset: %v", s.Languages)
	}
	if editor.Rules[RuleNonstandardCode] != Warning {
		t.Error("Combine must not modify its arguments")
	}
	if d := Combine(Settings{}, Settings{}); d.Style != StyleAny || !d.HintsEnabled() {
		t.Errorf("defaults: %+v", d)
	}
}

func TestIgnored(t *testing.T) {
	s := Settings{Ignore: []string{"vendor", "gen/**", "*.pb.go", "docs/old/", "testdata/*.json"}, Root: filepath.FromSlash("/repo")}
	tests := map[string]bool{
		"vendor/x/y.go":          true,
		"a/vendor/y.go":          true,
		"gen/a/b.go":             true,
		"gen":                    true,
		"api/x.pb.go":            true,
		"docs/old/a.md":          true,
		"docs/old":               false, // a file named like the directory glob
		"testdata/a.json":        true,
		"testdata/sub/a.json":    false,
		"main.go":                false,
		"generate.go":            false,
		"/repo/vendor/z.go":      true,
		"/repo/src/main.go":      false,
		"./gen/z.go":             true,
		"src/vendorish/thing.go": false,
	}
	for p, want := range tests {
		if got := s.Ignored(filepath.FromSlash(p)); got != want {
			t.Errorf("Ignored(%q) = %v, want %v", p, got, want)
		}
	}
	editor := Settings{Ignore: []string{"gen/**", "docs/*.md"}}
	for p, want := range map[string]bool{"/home/u/repo/gen/a.go": true, "/home/u/repo/docs/a.md": true, "/home/u/repo/src/docs/a.md": true, "/home/u/repo/main.go": false, "gen/a.go": true, "src/gen/a.go": false} {
		if got := editor.Ignored(filepath.FromSlash(p)); got != want {
			t.Errorf("editor globs: Ignored(%q) = %v, want %v", p, got, want)
		}
	}
	if (Settings{}).Ignored("vendor/x.go") {
		t.Error("nothing is ignored without globs")
	}
}

func TestFindAndForFile(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "svc", "api", "handlers")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(root, FileName)
	write := func(text string, mod time.Time) {
		t.Helper()
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(file, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	write("[rules]\nnonstandard-code = \"off\"\n", time.Now().Add(-time.Hour))
	if got := Find(deep); got != file {
		t.Fatalf("Find = %q, want %q", got, file)
	}
	c := NewCache()
	src := filepath.Join(deep, "h.go")
	editor := Settings{Rules: map[string]string{RuleNonstandardCode: Warning}, Hints: boolp(false)}
	s, errs := c.ForFile(src, editor)
	if len(errs) > 0 || s.Rules[RuleNonstandardCode] != Off || s.HintsEnabled() {
		t.Fatalf("ForFile = %+v, %v", s, errs)
	}
	if s.Root != "" {
		t.Errorf("no ignore globs, so no root from the file: %q", s.Root)
	}
	// The file changes: the cache notices through its modification time.
	write("ignore = [\"gen/**\"]\n[rules]\nnonstandard-code = \"loud\"\n", time.Now())
	s, errs = c.ForFile(src, editor)
	p := problem(t, errs)
	if p.Key != "rules.nonstandard-code" || p.Line != 3 || p.Source != file {
		t.Errorf("problem = %+v", p)
	}
	if s.Rules[RuleNonstandardCode] != Warning {
		t.Errorf("an invalid file value leaves the editor's in force: %v", s.Rules)
	}
	if !s.Ignored(filepath.Join(root, "gen", "x.go")) || s.Ignored(filepath.Join(root, "svc", "x.go")) {
		t.Errorf("ignore globs are relative to the file's directory (root %q)", s.Root)
	}
	// Asking again returns the same problems (callers report them once).
	_, again := c.ForFile(src, editor)
	if len(again) != 1 || again[0] != errs[0] {
		t.Error("unchanged file: the same problems are returned")
	}
	// No file anywhere above: editor settings over the defaults.
	other := t.TempDir()
	if f := Find(other); f != "" && strings.HasPrefix(f, other) {
		t.Fatalf("unexpected settings file %q", f)
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, errs := Load(filepath.Join(t.TempDir(), "nope.toml"))
	p := problem(t, errs)
	if !strings.Contains(p.Error(), "nope.toml") {
		t.Errorf("message %q should name the file", p.Error())
	}
}

// FuzzParseTOML: any bytes give valid settings or reported problems, never a
// panic, and whatever is kept passes validation.
func FuzzParseTOML(f *testing.F) {
	f.Add([]byte(goodTOML))
	f.Add([]byte("[rules]\nx = 1\n[[codes]]\ncode = 9999\n"))
	f.Add([]byte("codes = [{code = 460, phrase = \"a\"}, 3]\nignore = [\"[\"]\n"))
	f.Add([]byte("a.b.c = [[[1]]]\n[rules.deep]\nz = {}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, errs := ParseTOML(data, "fuzz.toml")
		for _, e := range errs {
			var p *Problem
			if !errors.As(e, &p) || p.Source != "fuzz.toml" {
				t.Fatalf("error %v is not a Problem of the source", e)
			}
		}
		for id, w := range s.Rules {
			if !contains(RuleIDs, id) || !contains(severities, w) {
				t.Fatalf("kept an invalid rule %q = %q", id, w)
			}
		}
		for _, c := range s.Codes {
			if c.Code < 100 || c.Code > 999 || c.Phrase == "" {
				t.Fatalf("kept an invalid code %+v", c)
			}
		}
		if s.Style != "" && s.Style != StyleAny && s.Style != StyleConstant && s.Style != StyleNumber {
			t.Fatalf("kept an invalid style %q", s.Style)
		}
		for _, l := range s.Languages {
			if !contains(Languages, l) {
				t.Fatalf("kept an unknown language %q", l)
			}
		}
		_ = s.Ignored("a/b/c.go")
	})
}
