// Package settings is the one vocabulary of user settings shared by the
// editor (initializationOptions, didChangeConfiguration) and CI (the
// repository file .httpstatus.toml, `check --config`). No protocol imports.
//
// Every source is read the same way: the raw value (a TOML document or a JSON
// object) becomes a generic tree, each key is validated on its own, and a bad
// key is reported (naming the key, and the line for TOML) and dropped, so the
// defaults stay in force for it while the valid keys still apply.
package settings

import (
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Severity words accepted for a rule.
const (
	Error       = "error"
	Warning     = "warning"
	Information = "information"
	Hint        = "hint"
	Off         = "off"
)

// Styles accepted for `style`.
const (
	StyleAny      = "any"
	StyleConstant = "constant"
	StyleNumber   = "number"
)

// Rule ids, as in the contract. Rules decide the default severity of each;
// settings only records what the user chose.
const (
	RuleInvalidCode        = "invalid-code"
	RuleOutsideClasses     = "outside-classes"
	RuleUnassignedCode     = "unassigned-code"
	RuleNonstandardCode    = "nonstandard-code"
	RuleDeprecatedCode     = "deprecated-code"
	RuleErrorWithSuccess   = "error-with-success"
	RuleRedirectWithout3xx = "redirect-without-3xx"
	RuleBodyNotAllowed     = "body-not-allowed"
	RulePreferConstant     = "prefer-constant"
	RulePreferNumber       = "prefer-number"
)

// RuleIDs lists every rule id a `rules` table may name.
var RuleIDs = []string{
	RuleInvalidCode, RuleOutsideClasses, RuleUnassignedCode, RuleNonstandardCode,
	RuleDeprecatedCode, RuleErrorWithSuccess, RuleRedirectWithout3xx,
	RuleBodyNotAllowed, RulePreferConstant, RulePreferNumber,
}

// Languages lists the language ids `languages` may name (the server's
// normalized ids).
var Languages = []string{
	"go", "javascript", "typescript", "python", "java", "kotlin", "csharp",
	"rust", "ruby", "php", "yaml", "json", "http", "markdown",
}

// CustomCode is a code a team uses on purpose (e.g. a company's 460): never
// reported as unassigned, and hover shows its phrase and description.
type CustomCode struct {
	Code        int    `toml:"code" json:"code"`
	Phrase      string `toml:"phrase" json:"phrase"`
	Description string `toml:"description" json:"description"`
}

// Settings are the effective settings for one file. The zero value of a field
// means "not set by this source"; Defaults fills what the product assumes.
type Settings struct {
	Rules     map[string]string `toml:"rules" json:"rules"`         // rule id -> severity word
	Codes     []CustomCode      `toml:"codes" json:"codes"`         // custom codes
	Style     string            `toml:"style" json:"style"`         // "any" (default), "constant", "number"
	Hints     *bool             `toml:"hints" json:"hints"`         // inlay hints; nil means the default (on)
	Ignore    []string          `toml:"ignore" json:"ignore"`       // path globs that check and diagnostics skip
	Languages []string          `toml:"languages" json:"languages"` // enabled languages; nil means all

	// Root is the directory the `ignore` globs are relative to: the directory
	// of the settings file that supplied them ("" for editor settings).
	Root string `toml:"-" json:"-"`
}

// FileName is the repository settings file, found by walking up from a file.
const FileName = ".httpstatus.toml"

// Defaults are the settings when nobody says otherwise.
func Defaults() Settings {
	return Settings{Rules: map[string]string{}, Style: StyleAny}
}

// Severity is the severity word for a rule: the configured one, or def. The
// style switches the matching prefer-* rule on (at hint) unless the rules
// table says otherwise.
func (s Settings) Severity(rule, def string) string {
	if w, ok := s.Rules[rule]; ok {
		return w
	}
	if def == Off || def == "" {
		switch {
		case rule == RulePreferConstant && s.Style == StyleConstant,
			rule == RulePreferNumber && s.Style == StyleNumber:
			return Hint
		}
	}
	return def
}

// Custom returns the custom code with that number, if one is configured.
func (s Settings) Custom(code int) (CustomCode, bool) {
	for _, c := range s.Codes {
		if c.Code == code {
			return c, true
		}
	}
	return CustomCode{}, false
}

// HintsEnabled reports whether inlay hints are on (the default).
func (s Settings) HintsEnabled() bool { return s.Hints == nil || *s.Hints }

// LanguageEnabled reports whether a language id is enabled (all are when
// `languages` is not set or empty).
func (s Settings) LanguageEnabled(lang string) bool {
	if len(s.Languages) == 0 {
		return true
	}
	for _, l := range s.Languages {
		if l == lang {
			return true
		}
	}
	return false
}

// Ignored reports whether a file path matches one of the `ignore` globs.
// Globs use '/' separators and are relative to Root (when the path lies
// under it; an absolute path elsewhere may match from any directory); `**` matches any number of directories, a glob without '/'
// matches any single path element (`vendor`, `*.gen.go`), and a glob that
// matches a directory ignores everything below it.
func (s Settings) Ignored(p string) bool {
	if len(s.Ignore) == 0 || p == "" {
		return false
	}
	rel := filepath.ToSlash(p)
	anchored := !filepath.IsAbs(p)
	if s.Root != "" && !anchored {
		if r, err := filepath.Rel(s.Root, p); err == nil && !strings.HasPrefix(r, "..") {
			rel = filepath.ToSlash(r)
			anchored = true
		}
	}
	rel = strings.TrimPrefix(rel, "./")
	parts := strings.Split(strings.Trim(rel, "/"), "/")
	for _, g := range s.Ignore {
		if anchored {
			if globMatch(g, parts) {
				return true
			}
			continue
		}
		// An absolute path with no root to be relative to (editor
		// settings): the glob may start at any directory.
		for i := range parts {
			if globMatch(g, parts[i:]) {
				return true
			}
		}
	}
	return false
}

// globMatch matches a glob against the elements of a relative path.
func globMatch(glob string, parts []string) bool {
	glob = strings.TrimPrefix(filepath.ToSlash(glob), "./")
	dirOnly := strings.HasSuffix(glob, "/")
	glob = strings.Trim(glob, "/")
	if glob == "" {
		return false
	}
	if !strings.Contains(glob, "/") {
		// One element: any element of the path (a directory element, or the
		// file's name unless the glob names directories only).
		last := len(parts)
		if dirOnly {
			last--
		}
		for _, el := range parts[:max(last, 0)] {
			if ok, _ := path.Match(glob, el); ok {
				return true
			}
		}
		return false
	}
	g := strings.Split(glob, "/")
	// A glob matching a leading directory ignores what is below it.
	for n := len(parts); n >= 1; n-- {
		if dirOnly && n == len(parts) {
			continue
		}
		if matchParts(g, parts[:n]) {
			return true
		}
	}
	return false
}

func matchParts(g, parts []string) bool {
	for len(g) > 0 {
		if g[0] == "**" {
			for i := 0; i <= len(parts); i++ {
				if matchParts(g[1:], parts[i:]) {
					return true
				}
			}
			return false
		}
		if len(parts) == 0 {
			return false
		}
		if ok, _ := path.Match(g[0], parts[0]); !ok {
			return false
		}
		g, parts = g[1:], parts[1:]
	}
	return len(parts) == 0
}

// Merge lays over on top of base: every key over sets replaces base's, except
// that rules merge rule by rule and custom codes merge code by code (over
// wins for the same code). Neither argument is modified.
func Merge(base, over Settings) Settings {
	out := base
	out.Rules = make(map[string]string, len(base.Rules)+len(over.Rules))
	for k, v := range base.Rules {
		out.Rules[k] = v
	}
	for k, v := range over.Rules {
		out.Rules[k] = v
	}
	if over.Codes != nil {
		byCode := map[int]int{}
		codes := append([]CustomCode(nil), base.Codes...)
		for i, c := range codes {
			byCode[c.Code] = i
		}
		for _, c := range over.Codes {
			if i, ok := byCode[c.Code]; ok {
				codes[i] = c
			} else {
				byCode[c.Code] = len(codes)
				codes = append(codes, c)
			}
		}
		sort.SliceStable(codes, func(i, j int) bool { return codes[i].Code < codes[j].Code })
		out.Codes = codes
	}
	if over.Style != "" {
		out.Style = over.Style
	}
	if over.Hints != nil {
		h := *over.Hints
		out.Hints = &h
	}
	if over.Ignore != nil {
		out.Ignore = append([]string(nil), over.Ignore...)
		out.Root = over.Root
	}
	if over.Languages != nil {
		out.Languages = append([]string(nil), over.Languages...)
	}
	return out
}

// Combine is the effective settings for a file: defaults, then the editor's
// settings (initializationOptions < didChangeConfiguration, already merged),
// then the repository file, which wins for rules, codes, style and ignore so
// the editor agrees with CI. Inlay hints and languages are the user's choice:
// the file supplies them only where the editor does not.
func Combine(editor, file Settings) Settings {
	s := Merge(Defaults(), editor)
	f := file
	if editor.Hints != nil {
		f.Hints = nil
	}
	if editor.Languages != nil {
		f.Languages = nil
	}
	return Merge(s, f)
}
