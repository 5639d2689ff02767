// Package scan is the recognizer: it turns document text and a language into
// the status-code occurrences it contains. A number counts only in a status
// context (a status-position call argument, a comparison with a status-named
// thing, an OpenAPI response key, ...); constants count where they name a
// status in a known ecosystem. It knows nothing of the protocol.
package scan

import (
	"path/filepath"
	"sort"
	"strings"
)

// Kind says how the code is written.
type Kind uint8

const (
	Literal  Kind = iota // a number: 404, "404", '404'
	Constant             // a name: http.StatusNotFound, HTTPStatus.NOT_FOUND, :not_found
)

// Role says what the surrounding code does with the status; rules use it to
// decide which findings apply.
type Role uint8

const (
	RoleStatus   Role = iota // set, returned or passed as a response status
	RoleCompare              // compared, matched or asserted for equality with a status
	RoleRange                // a bound in a relational comparison (>= 500): hover only, never a finding
	RoleError                // argument of an error helper (http.Error, sendError, abort, HttpException)
	RoleRedirect             // argument of a redirect helper (http.Redirect, res.redirect(301, url))
	RoleMention              // named in prose or data (hover only, never a finding)
)

// Occurrence is one status code found in a document.
type Occurrence struct {
	Start, End int    // byte offsets of exactly the token (the digits, or the constant's last name)
	Code       int    // the code's value; any integer for literals (0, 42, 1000 are reported too)
	Kind       Kind   //
	Role       Role   //
	Context    string // the context that matched, for tests and debugging: "WriteHeader", "status=", "openapi"
	Ecosystem  string // for constants: the knowledge ecosystem id ("go", "python", ...)
	Name       string // for constants: the name as written, without qualifier ("StatusNotFound")
}

// Language is a normalized language id.
type Language string

const (
	Go         Language = "go"
	JavaScript Language = "javascript" // also javascriptreact
	TypeScript Language = "typescript" // also typescriptreact
	Python     Language = "python"
	Java       Language = "java"
	Kotlin     Language = "kotlin"
	CSharp     Language = "csharp"
	Rust       Language = "rust"
	Ruby       Language = "ruby"
	PHP        Language = "php"
	YAML       Language = "yaml"
	JSON       Language = "json"
	HTTP       Language = "http" // .http / .rest files, raw HTTP transcripts
	Markdown   Language = "markdown"
	Unknown    Language = ""
)

// LanguageForID normalizes a client's languageId (VS Code's ids, plus common
// variants editors send).
func LanguageForID(id string) Language {
	switch strings.ToLower(id) {
	case "go", "golang":
		return Go
	case "javascript", "javascriptreact", "js", "jsx":
		return JavaScript
	case "typescript", "typescriptreact", "ts", "tsx":
		return TypeScript
	case "python", "py":
		return Python
	case "java":
		return Java
	case "kotlin", "kt":
		return Kotlin
	case "csharp", "cs", "c#":
		return CSharp
	case "rust", "rs":
		return Rust
	case "ruby", "rb":
		return Ruby
	case "php":
		return PHP
	case "yaml", "yml":
		return YAML
	case "json", "jsonc":
		return JSON
	case "http", "rest":
		return HTTP
	case "markdown", "md":
		return Markdown
	}
	return Unknown
}

var extLanguages = map[string]Language{
	".go": Go, ".js": JavaScript, ".mjs": JavaScript, ".cjs": JavaScript, ".jsx": JavaScript,
	".ts": TypeScript, ".mts": TypeScript, ".cts": TypeScript, ".tsx": TypeScript,
	".py": Python, ".pyi": Python, ".java": Java, ".kt": Kotlin, ".kts": Kotlin,
	".cs": CSharp, ".rs": Rust, ".rb": Ruby, ".rake": Ruby, ".php": PHP,
	".yaml": YAML, ".yml": YAML, ".json": JSON, ".http": HTTP, ".rest": HTTP,
	".md": Markdown, ".markdown": Markdown,
}

// LanguageForPath picks the language of a file from its name ("" if unsupported).
func LanguageForPath(path string) Language {
	return extLanguages[strings.ToLower(filepath.Ext(path))]
}

// Scan finds the occurrences in src, sorted by Start. It never panics on any
// input and costs O(len(src)).
func Scan(src []byte, lang Language) []Occurrence {
	var occ []Occurrence
	switch lang {
	case Go:
		occ = scanGo(src)
	default:
		if f := scanners[lang]; f != nil {
			occ = f(src)
		}
	}
	sort.SliceStable(occ, func(i, j int) bool { return occ[i].Start < occ[j].Start })
	return occ
}

// scanners holds the recognizers of the languages other than Go, registered
// by their files' init functions.
var scanners = map[Language]func(src []byte) []Occurrence{}

// At returns the occurrence whose token contains or touches byte offset off
// (a cursor right after the last digit still counts), if any.
func At(occ []Occurrence, off int) (Occurrence, bool) {
	i := sort.Search(len(occ), func(i int) bool { return occ[i].End >= off })
	if i < len(occ) && occ[i].Start <= off {
		return occ[i], true
	}
	return Occurrence{}, false
}
