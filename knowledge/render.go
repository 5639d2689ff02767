package knowledge

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Title is the first line of every rendering: "404 Not Found (4xx Client Error)".
func (s *Status) Title() string {
	t := fmt.Sprintf("%d %s", s.Code, s.Phrase)
	if c := s.Class(); c != "" {
		t += fmt.Sprintf(" (%s %s)", c, ClassName(c))
	}
	return t
}

// Flags are the short labels that qualify an entry: "deprecated", "non-standard: nginx".
func (s *Status) Flags() []string {
	var f []string
	if s.Deprecated {
		f = append(f, "deprecated")
	}
	if s.Unused {
		f = append(f, "unused")
	}
	if s.Temporary {
		f = append(f, "temporary registration")
	}
	if !s.Registered {
		if s.Origin != "" {
			f = append(f, "non-standard: "+s.Origin)
		} else {
			f = append(f, "non-standard")
		}
	}
	return f
}

// Markdown renders the entry for a hover: title, summary, then details and links.
func (s *Status) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**", s.Title())
	if f := s.Flags(); len(f) > 0 {
		fmt.Fprintf(&b, " · _%s_", strings.Join(f, ", "))
	}
	b.WriteString("\n\n")
	b.WriteString(s.Summary)
	b.WriteString("\n")
	section := func(head, body string) {
		if body != "" {
			fmt.Fprintf(&b, "\n**%s** %s\n", head, body)
		}
	}
	if s.Description != "" {
		b.WriteString("\n" + s.Description + "\n")
	}
	section("History.", s.History)
	section("Use it for:", s.Use)
	for _, c := range s.Confused {
		section(fmt.Sprintf("Not to be confused with %d:", c.Code), c.Note)
	}
	if len(s.Headers) > 0 {
		section("Headers:", "`"+strings.Join(s.Headers, "`, `")+"`")
	}
	section("Properties:", strings.Join(s.properties(), " · "))
	if s.Example != "" {
		fmt.Fprintf(&b, "\n**Example body** (`application/problem+json`):\n```json\n%s\n```\n", s.Example)
	}
	section("Fix (client):", s.Fix.Client)
	section("Fix (server):", s.Fix.Server)
	if len(s.References) > 0 {
		links := make([]string, len(s.References))
		for i, r := range s.References {
			links[i] = fmt.Sprintf("[%s](%s)", r.Title, r.URL)
		}
		fmt.Fprintf(&b, "\n%s\n", strings.Join(links, " · "))
	}
	return b.String()
}

func (s *Status) properties() []string {
	p := []string{}
	if s.NoBody {
		p = append(p, "no body")
	}
	if s.Cacheable {
		p = append(p, "cacheable by default")
	}
	if s.Retryable {
		p = append(p, "may succeed on retry")
	}
	return p
}

// Text renders the entry for a terminal (`explain`): the same facts as the hover,
// without markdown emphasis.
func (s *Status) Text() string {
	md := s.Markdown()
	r := strings.NewReplacer("**", "", "`", "", "_", "")
	var b strings.Builder
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "```") {
			continue
		}
		if strings.Contains(line, "](") { // a line of links: "title (url)"
			line = linkText(line)
		}
		b.WriteString(r.Replace(line))
		b.WriteByte('\n')
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

func linkText(line string) string {
	line = strings.ReplaceAll(line, "[", "")
	line = strings.ReplaceAll(line, "](", " <")
	return strings.ReplaceAll(line, ")", ">")
}

// entryJSON is the shape of `explain --json` (CONTRACT.md).
type entryJSON struct {
	Code        int                 `json:"code"`
	Phrase      string              `json:"phrase"`
	Aliases     []string            `json:"aliases,omitempty"`
	Class       string              `json:"class"`
	Registered  bool                `json:"registered"`
	Deprecated  bool                `json:"deprecated"`
	Unused      bool                `json:"unused,omitempty"`
	Temporary   bool                `json:"temporary,omitempty"`
	Nonstandard bool                `json:"nonstandard"`
	Origin      string              `json:"origin,omitempty"`
	Cacheable   bool                `json:"cacheable"`
	Retryable   bool                `json:"retryable"`
	BodyAllowed bool                `json:"bodyAllowed"`
	Summary     string              `json:"summary"`
	Description string              `json:"description,omitempty"`
	History     string              `json:"history,omitempty"`
	Use         string              `json:"use,omitempty"`
	Confused    []Confusion         `json:"confusedWith,omitempty"`
	Headers     []string            `json:"headers,omitempty"`
	References  []Reference         `json:"references"`
	Example     json.RawMessage     `json:"example,omitempty"`
	Fix         *Fix                `json:"fix,omitempty"`
	Constants   map[string][]string `json:"constants,omitempty"`
}

// JSON renders the entry as `explain --json` prints it.
func (s *Status) JSON() ([]byte, error) {
	e := entryJSON{
		Code: s.Code, Phrase: s.Phrase, Aliases: s.Aliases, Class: s.Class(),
		Registered: s.Registered, Deprecated: s.Deprecated, Unused: s.Unused, Temporary: s.Temporary,
		Nonstandard: s.Nonstandard(), Origin: s.Origin,
		Cacheable: s.Cacheable, Retryable: s.Retryable, BodyAllowed: !s.NoBody,
		Summary: s.Summary, Description: s.Description, History: s.History, Use: s.Use,
		Confused: s.Confused, Headers: s.Headers, References: s.References, Constants: s.Constants,
	}
	if e.References == nil {
		e.References = []Reference{}
	}
	if s.Example != "" {
		if !json.Valid([]byte(s.Example)) {
			return nil, fmt.Errorf("example body of %d is not valid JSON", s.Code)
		}
		e.Example = json.RawMessage(s.Example)
	}
	if s.Fix != (Fix{}) {
		fix := s.Fix
		e.Fix = &fix
	}
	return json.MarshalIndent(e, "", "  ")
}

// Unknown describes a number the catalog has no entry for, by its class:
// used where hover meets e.g. 299, which no registry assigns.
func Unknown(code int) string {
	class := ClassOf(code)
	if class == "" {
		return fmt.Sprintf("**%d** is not a valid HTTP status code: codes are three digits, 100-599 in the registry (Go's `WriteHeader` panics outside 100-999).", code)
	}
	return fmt.Sprintf("**%d** (%s %s) · _unassigned_\n\nNo registry assigns %d. Clients treat an unknown code as the `%s` code of its class (RFC 9110, Section 15).\n\n[RFC 9110, Section 15](https://www.rfc-editor.org/rfc/rfc9110#section-15)",
		code, class, ClassName(class), code, class[:1]+"00")
}
