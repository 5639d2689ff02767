package knowledge

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Title is the first line of every rendering: "404 Not Found (4xx Client Error)".
func (s *Status) Title() string {
	t := fmt.Sprintf("%d %s", s.Code, s.Phrase)
	if s.Unused && len(s.Aliases) > 0 {
		t += ", formerly " + s.Aliases[0]
	}
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

// style is how a rendering marks emphasis, code and links.
type style struct {
	bold, italic, code func(string) string
	link               func(title, url string) string
	fence              bool // wrap the example body in a ```json fence
}

var markdownStyle = style{
	bold:   func(t string) string { return "**" + t + "**" },
	italic: func(t string) string { return "_" + t + "_" },
	code:   func(t string) string { return "`" + t + "`" },
	link: func(title, url string) string {
		if url == "" {
			return title
		}
		return "[" + title + "](" + url + ")"
	},
	fence: true,
}

var textStyle = style{
	bold:   func(t string) string { return t },
	italic: func(t string) string { return "(" + t + ")" },
	code:   func(t string) string { return t },
	link: func(title, url string) string {
		if url == "" {
			return title
		}
		return title + " <" + url + ">"
	},
}

// Markdown renders the entry for a hover: title, summary, then details and links.
func (s *Status) Markdown() string { return s.render(markdownStyle) }

// Text renders the entry for a terminal (`explain`): the same facts as the
// hover, without markdown.
func (s *Status) Text() string { return s.render(textStyle) }

func (s *Status) render(st style) string {
	var b strings.Builder
	b.WriteString(st.bold(s.Title()))
	if f := s.Flags(); len(f) > 0 {
		b.WriteString(" · " + st.italic(strings.Join(f, ", ")))
	}
	b.WriteString("\n\n")
	b.WriteString(s.Summary)
	b.WriteString("\n")
	section := func(head, body string) {
		if body != "" {
			fmt.Fprintf(&b, "\n%s %s\n", st.bold(head), body)
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
		codes := make([]string, len(s.Headers))
		for i, h := range s.Headers {
			codes[i] = st.code(h)
		}
		section("Headers:", strings.Join(codes, ", "))
	}
	section("Properties:", strings.Join(s.properties(), " · "))
	if s.Example != "" {
		fmt.Fprintf(&b, "\n%s (%s):\n", st.bold("Example body"), st.code("application/problem+json"))
		if st.fence {
			fmt.Fprintf(&b, "```json\n%s\n```\n", s.Example)
		} else {
			b.WriteString(s.Example + "\n")
		}
	}
	section("Fix (client):", s.Fix.Client)
	section("Fix (server):", s.Fix.Server)
	if len(s.References) > 0 {
		links := make([]string, len(s.References))
		for i, r := range s.References {
			links[i] = st.link(r.Title, r.URL)
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
