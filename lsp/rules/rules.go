// Package rules decides what is odd about the status codes a document uses:
// it turns the recognizer's occurrences into findings (rule id, severity,
// message, exact byte range, a link to the spec) and the fixes that go with
// them. The language server and `check` both use it, so the editor and CI
// never disagree. It knows nothing of the protocol: ranges are byte offsets.
package rules

import (
	"fmt"
	"sort"
	"strings"

	"httpstatus-lsp/knowledge"
	"httpstatus-lsp/lsp/scan"
	"httpstatus-lsp/lsp/settings"
)

// Rule ids, as they appear in diagnostics, settings and check output.
const (
	InvalidCode        = "invalid-code"
	OutsideClasses     = "outside-classes"
	UnassignedCode     = "unassigned-code"
	NonstandardCode    = "nonstandard-code"
	DeprecatedCode     = "deprecated-code"
	ErrorWithSuccess   = "error-with-success"
	RedirectWithout3xx = "redirect-without-3xx"
	BodyNotAllowed     = "body-not-allowed"
	PreferConstant     = "prefer-constant"
	PreferNumber       = "prefer-number"
)

// Severity of a finding. The numbers are those of the LSP, so the protocol
// layer can convert directly; Off means the rule is disabled.
type Severity int

const (
	Off         Severity = 0
	Error       Severity = 1
	Warning     Severity = 2
	Information Severity = 3
	Hint        Severity = 4
)

// String is the settings word of the severity.
func (s Severity) String() string {
	switch s {
	case Error:
		return settings.Error
	case Warning:
		return settings.Warning
	case Information:
		return settings.Information
	case Hint:
		return settings.Hint
	}
	return settings.Off
}

// ParseSeverity reads a settings word ("error", "warning", "information",
// "hint", "off"; "info" is accepted too).
func ParseSeverity(word string) (Severity, bool) {
	switch strings.ToLower(strings.TrimSpace(word)) {
	case settings.Error:
		return Error, true
	case settings.Warning, "warn":
		return Warning, true
	case settings.Information, "info":
		return Information, true
	case settings.Hint:
		return Hint, true
	case settings.Off, "none":
		return Off, true
	}
	return Off, false
}

// Info describes a rule: its default severity, a one-line summary and help
// text (for SARIF and documentation), and the spec link used when a finding
// has no code-specific reference.
type Info struct {
	ID       string
	Default  Severity
	Summary  string
	Help     string
	HelpURI  string
	Settings string // which setting enables it, when it is off by default
}

const (
	rfcSection15 = "https://www.rfc-editor.org/rfc/rfc9110#section-15"
	rfc3xx       = "https://www.rfc-editor.org/rfc/rfc9110#section-15.4"
	rfc4xx       = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5"
	rfc204       = "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5"
	ianaRegistry = "https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml"
)

// All lists every rule in a stable order.
var All = []Info{
	{InvalidCode, Error, "Status code outside 100-999",
		"A status code has three digits, 100 to 999. Anything else is not a status at all; Go's ResponseWriter.WriteHeader panics on it and clients reject the response.",
		rfcSection15, ""},
	{OutsideClasses, Warning, "Status code outside the classes 1xx-5xx",
		"RFC 9110 defines the classes 1xx to 5xx only. A code from 600 to 999 has no defined meaning, and clients treat it as an error at best.",
		rfcSection15, ""},
	{UnassignedCode, Warning, "Status code that no registry assigns",
		"The code lies in a defined class but neither the IANA registry nor a well-known vendor assigns it. Clients understand it only as the class's x00 code. Declare it under `codes` in the settings if the team uses it on purpose.",
		ianaRegistry, ""},
	{NonstandardCode, Information, "Vendor status code",
		"The code is used by a vendor (nginx, Cloudflare, a framework) but not registered with IANA. Generic clients and proxies know it only by its class.",
		ianaRegistry, ""},
	{DeprecatedCode, Warning, "Deprecated or unused status code",
		"The registry marks the code deprecated or reserved \"(Unused)\" (305 Use Proxy, 306). Pick a current code instead.",
		rfc3xx, ""},
	{ErrorWithSuccess, Warning, "Error helper given a non-error status",
		"An error helper (Go's http.Error, abort, sendError, an HttpException) was given a 1xx, 2xx or 3xx code: the client sees success or a redirect with an error body. Use a 4xx or 5xx code.",
		rfc4xx, ""},
	{RedirectWithout3xx, Warning, "Redirect helper given a non-3xx status",
		"A redirect helper (Go's http.Redirect, res.redirect) was given a code outside 3xx, so clients will not follow the Location header. Use 301, 302, 303, 307 or 308. In Go, a redirect status written with WriteHeader in a function that never sets a Location header is reported too.",
		rfc3xx, ""},
	{BodyNotAllowed, Warning, "Body written after a status that has none",
		"A response with 204 No Content or 304 Not Modified ends after its headers; a body written after WriteHeader is dropped (Go's Write returns http.ErrBodyNotAllowed).",
		rfc204, ""},
	{PreferConstant, Hint, "Number where the ecosystem has a constant",
		"The style setting asks for named constants: a number literal has a constant in this file's ecosystem (Go: http.StatusNotFound).",
		rfcSection15, `style = "constant"`},
	{PreferNumber, Hint, "Constant where the style asks for numbers",
		"The style setting asks for plain numbers: a status constant can be written as its number.",
		rfcSection15, `style = "number"`},
}

// Lookup returns a rule's description.
func Lookup(id string) (Info, bool) {
	for _, r := range All {
		if r.ID == id {
			return r, true
		}
	}
	return Info{}, false
}

// SeverityOf is the severity of rule id under the settings: the word the
// settings give (settings.Severity: the rules table, and the style switching
// prefer-constant / prefer-number on at hint) when it is valid, otherwise the
// rule's default. The style rules are off by default.
func SeverityOf(id string, cfg *settings.Settings) Severity {
	info, ok := Lookup(id)
	if !ok {
		return Off
	}
	def := info.Default
	if id == PreferConstant || id == PreferNumber {
		def = Off
	}
	if cfg == nil {
		return def
	}
	if s, ok := ParseSeverity(cfg.Severity(id, def.String())); ok {
		return s
	}
	return def
}

// Edit replaces the bytes [Start, End) with Text.
type Edit struct {
	Start, End int
	Text       string
}

// Fix is one way to resolve a finding (or to rewrite an occurrence).
type Fix struct {
	Title string
	Edits []Edit
	// Safe fixes keep the program's behaviour (a literal for its constant and
	// back); they go into source.fixAll and `check --fix`. Guesses such as a
	// typo correction are offered as quick fixes only.
	Safe bool
}

// Finding is one thing the rules report.
type Finding struct {
	Rule       string
	Severity   Severity
	Start, End int // byte offsets of exactly the code's token
	Code       int
	Message    string
	Href       string // spec link for the code or the rule
	Fixes      []Fix
}

// Input is what the rules look at.
type Input struct {
	Src      []byte
	Lang     scan.Language
	Occ      []scan.Occurrence // from scan.Scan(Src, Lang); computed when nil
	Settings *settings.Settings
	Catalog  *knowledge.Catalog // knowledge.Default() when nil
}

func (in *Input) prepare() {
	if in.Catalog == nil {
		in.Catalog = knowledge.Default()
	}
	if in.Occ == nil {
		in.Occ = scan.Scan(in.Src, in.Lang)
	}
}

// Check returns the findings of a document, sorted by position and rule, with
// rules that are off left out. It never panics on any input.
func Check(in Input) []Finding {
	in.prepare()
	ctx := newFileContext(&in)
	var out []Finding
	add := func(f Finding) {
		f.Severity = SeverityOf(f.Rule, in.Settings)
		if f.Severity == Off {
			return
		}
		out = append(out, f)
	}
	for _, o := range in.Occ {
		if o.Role == scan.RoleRange || o.Role == scan.RoleMention {
			continue
		}
		if o.Start < 0 || o.End > len(in.Src) || o.Start >= o.End {
			continue
		}
		for _, f := range ctx.occurrenceFindings(o) {
			add(f)
		}
	}
	if in.Lang == scan.Go {
		for _, f := range goFindings(&in) {
			add(f)
		}
	}
	sortFindings(out)
	return out
}

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Rule < b.Rule
	})
}

// customCode finds a code the settings declare.
func customCode(cfg *settings.Settings, code int) (settings.CustomCode, bool) {
	if cfg == nil {
		return settings.CustomCode{}, false
	}
	for _, c := range cfg.Codes {
		if c.Code == code {
			return c, true
		}
	}
	return settings.CustomCode{}, false
}

// refURL is the first reference link of a catalog entry, or fallback.
func refURL(st *knowledge.Status, fallback string) string {
	if st != nil {
		for _, r := range st.References {
			if r.URL != "" {
				return r.URL
			}
		}
	}
	return fallback
}

// named is "404 Not Found", or "404" when the phrase is unknown; a
// placeholder phrase such as "(Unused)" gives way to the code's old name.
func named(code int, st *knowledge.Status) string {
	if st != nil && strings.HasPrefix(st.Phrase, "(") && len(st.Aliases) > 0 {
		return fmt.Sprintf("%d %s", code, st.Aliases[0])
	}
	if st != nil && st.Phrase != "" && !strings.HasPrefix(st.Phrase, "(") {
		return fmt.Sprintf("%d %s", code, st.Phrase)
	}
	return fmt.Sprint(code)
}

// zeroValueContext reports the recognizer's contexts of an assignment, a
// declaration or a default value (`status = 0`, `statusCode := 0`,
// `res.statusCode ?? 0`), where 0 means "no status yet", not a status.
func zeroValueContext(ctx string) bool {
	switch ctx {
	case "=", "key=", "assign", "fallback", ":=", "default":
		return true
	}
	return false
}

// deprecatedFallback are the codes the registry retired, in case the catalog
// data does not mark them.
var deprecatedFallback = map[int]string{305: "Use Proxy", 306: "(Unused)"}

// occurrenceFindings applies the per-occurrence rules.
func (fc *fileContext) occurrenceFindings(o scan.Occurrence) []Finding {
	in := fc.in
	code := o.Code
	st, known := in.Catalog.Lookup(code)
	if !known {
		st = nil
	}
	_, isCustom := customCode(in.Settings, code)
	token := string(in.Src[o.Start:o.End])
	var out []Finding
	mk := func(rule, msg, href string, fixes ...Fix) {
		out = append(out, Finding{Rule: rule, Start: o.Start, End: o.End, Code: code, Message: msg, Href: href, Fixes: fixes})
	}

	// Validity of the number itself (literals only: a constant always names a code).
	if o.Kind == scan.Literal {
		switch {
		case code < 100 || code > 999:
			if code == 0 && (o.Role == scan.RoleCompare || zeroValueContext(o.Context)) {
				break // starting from or comparing with the zero value ("no status yet") is fine
			}
			why := ""
			if in.Lang == scan.Go {
				why = " (Go's WriteHeader panics on it)"
			}
			mk(InvalidCode, fmt.Sprintf("%s is not a valid HTTP status code: a status has three digits, 100-999%s", token, why),
				rfcSection15, fc.typoFixes(o, token)...)
			return out
		case code >= 600:
			if isCustom {
				break
			}
			if st != nil { // a vendor code above 599 the catalog knows
				break
			}
			mk(OutsideClasses, fmt.Sprintf("%d is outside the status classes 1xx-5xx that HTTP defines", code), rfcSection15, fc.typoFixes(o, token)...)
			return out
		case st == nil && !isCustom:
			base, _ := in.Catalog.Lookup(code / 100 * 100)
			mk(UnassignedCode, fmt.Sprintf("%d is not assigned by the IANA registry or any known vendor; clients treat an unknown code as its class's x00, here %s",
				code, named(code/100*100, base)), ianaRegistry, fc.typoFixes(o, token)...)
		}
	}

	if st != nil && !isCustom && !st.Registered {
		origin := st.Origin
		if origin == "" {
			origin = "a vendor"
		}
		mk(NonstandardCode, fmt.Sprintf("%s is not a registered status code; it comes from %s", named(code, st), origin), refURL(st, ianaRegistry))
	}
	if !isCustom {
		if st != nil && (st.Deprecated || (st.Unused && code != 418)) {
			// 418 is reserved "(Unused)" precisely because the teapot joke is
			// deployed widely; using it is odd but not a retired code.
			msg := fmt.Sprintf("%s is deprecated; use a current status code", named(code, st))
			if !st.Deprecated {
				msg = fmt.Sprintf("%s is reserved \"(Unused)\" in the IANA registry: it has no meaning; use a current status code", named(code, st))
			}
			mk(DeprecatedCode, msg, refURL(st, rfc3xx))
		} else if phrase, ok := deprecatedFallback[code]; ok && st == nil {
			mk(DeprecatedCode, fmt.Sprintf("%d %s is deprecated; use a current status code", code, phrase), rfc3xx)
		}
	}

	switch o.Role {
	case scan.RoleError:
		if code >= 100 && code < 400 {
			sees := map[int]string{1: "an interim response", 2: "a success", 3: "a redirect"}[code/100]
			mk(ErrorWithSuccess, fmt.Sprintf("%s passed to an error helper: the client sees %s, not an error; use a 4xx or 5xx code",
				named(code, st), sees), rfc4xx)
		}
	case scan.RoleRedirect:
		if code >= 100 && code <= 999 && (code < 300 || code > 399) {
			mk(RedirectWithout3xx, fmt.Sprintf("%s passed to a redirect helper: clients follow Location only with a 3xx code such as 302, 303 or 307", named(code, st)), rfc3xx)
		}
	}

	// Style (the fixes cost a little: only when the rule is on).
	if o.Kind == scan.Literal && st != nil && SeverityOf(PreferConstant, in.Settings) != Off {
		if f, name, ok := fc.literalToConstant(o); ok {
			mk(PreferConstant, fmt.Sprintf("%d has a constant: %s", code, name), refURL(st, rfcSection15), f)
		}
	}
	if o.Kind == scan.Constant && SeverityOf(PreferNumber, in.Settings) != Off {
		if f, ok := fc.constantToLiteral(o); ok {
			mk(PreferNumber, fmt.Sprintf("%s is %s", fc.qualified(o), named(code, st)), refURL(st, rfcSection15), f)
		}
	}
	return out
}
