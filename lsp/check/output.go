package check

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"httpstatus-lsp/lsp/rules"
)

// writeText prints one line per finding: path:line:col: severity: message
// (CONTRACT.md; the rule id is in the JSON and SARIF output).
func writeText(w io.Writer, rs []Result) error {
	bw := bufio.NewWriter(w)
	for _, r := range rs {
		fmt.Fprintf(bw, "%s:%d:%d: %s: %s\n", r.Path, r.Line, r.Column, r.Level, r.Message)
	}
	return bw.Flush()
}

// writeJSON prints the findings as a JSON array ([] when there are none).
func writeJSON(w io.Writer, rs []Result) error {
	if rs == nil {
		rs = []Result{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rs)
}

// SARIF 2.1.0, the subset code scanning services read.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                   `json:"tool"`
	OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                      `json:"columnKind"`
	Results            []sarifResult               `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	Name                 string       `json:"name"`
	ShortDescription     sarifText    `json:"shortDescription"`
	FullDescription      sarifText    `json:"fullDescription"`
	Help                 sarifText    `json:"help"`
	HelpURI              string       `json:"helpUri,omitempty"`
	DefaultConfiguration sarifDefault `json:"defaultConfiguration"`
}

type sarifDefault struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           sarifRegion      `json:"region"`
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

// sarifLevel maps a severity to SARIF's levels.
func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	case rules.Information, rules.Hint:
		return "note"
	}
	return "none"
}

func ruleName(id string) string {
	parts := strings.Split(id, "-")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "")
}

// writeSARIF prints a SARIF 2.1.0 log with one run. Artifact URIs are
// relative to base (the working directory when empty) under the base id
// %SRCROOT%; files outside it get absolute file URIs.
func writeSARIF(w io.Writer, rs []Result, base string) error {
	if base == "" {
		base, _ = os.Getwd()
	}
	base, _ = filepath.Abs(base)
	run := sarifRun{
		Tool:       sarifTool{Driver: sarifDriver{Name: "httpstatus-lsp"}},
		ColumnKind: "unicodeCodePoints",
		Results:    []sarifResult{},
	}
	if base != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLoc{"%SRCROOT%": {URI: fileURI(base) + "/"}}
	}
	index := map[string]int{}
	for i, r := range rules.All {
		index[r.ID] = i
		level := sarifLevel(r.Default)
		if r.ID == rules.PreferConstant || r.ID == rules.PreferNumber {
			level = "none"
		}
		help := r.Help
		if r.Settings != "" {
			help += " Off unless the settings say " + r.Settings + "."
		}
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID: r.ID, Name: ruleName(r.ID),
			ShortDescription:     sarifText{Text: r.Summary},
			FullDescription:      sarifText{Text: r.Help},
			Help:                 sarifText{Text: help, Markdown: help + "\n\nSee " + r.HelpURI},
			HelpURI:              r.HelpURI,
			DefaultConfiguration: sarifDefault{Level: level},
		})
	}
	for _, r := range rs {
		loc := sarifArtifactLoc{}
		abs := r.abs
		if abs == "" {
			abs, _ = filepath.Abs(r.Path)
		}
		if rel, err := filepath.Rel(base, abs); err == nil && !strings.HasPrefix(rel, "..") {
			loc.URI = relURI(rel)
			loc.URIBaseID = "%SRCROOT%"
		} else {
			loc.URI = fileURI(abs)
		}
		text := r.Message
		if r.Href != "" {
			text += " (" + r.Href + ")"
		}
		run.Results = append(run.Results, sarifResult{
			RuleID: r.Rule, RuleIndex: index[r.Rule], Level: sarifLevel(r.Severity),
			Message: sarifText{Text: text},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: loc,
				Region:           sarifRegion{StartLine: r.Line, StartColumn: r.Column},
			}}},
		})
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

// relURI is a relative path as a URI reference (slashes, escaped segments).
func relURI(rel string) string {
	parts := strings.Split(filepath.ToSlash(rel), "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

func fileURI(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive: file:///C:/...
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
