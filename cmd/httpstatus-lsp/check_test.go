package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"httpstatus-lsp/lsp/lsptest"
)

// runBin runs the built binary in dir and returns stdout, stderr and the exit code.
func runBin(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binPath, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

// The examples show one finding per rule; these are the ones expected, as
// path:line:rule, independent of the output format.
var exampleFindings = []string{
	"go/handlers.go:22:invalid-code",
	"go/handlers.go:27:unassigned-code",
	"go/handlers.go:32:error-with-success",
	"go/handlers.go:37:redirect-without-3xx",
	"go/handlers.go:42:body-not-allowed",
	"go/handlers.go:48:deprecated-code",
	"go/handlers.go:53:nonstandard-code",
	"go/handlers.go:58:outside-classes",
	"go/handlers.go:68:redirect-without-3xx",
	"node/errors.ts:8:error-with-success",
	"node/server.js:10:redirect-without-3xx",
	"node/server.js:14:unassigned-code",
	"openapi.yaml:13:nonstandard-code",
	"python/app.py:10:error-with-success",
	"python/app.py:12:redirect-without-3xx",
	"python/app.py:18:deprecated-code",
	"python/app.py:23:unassigned-code",
}

const examples = "testdata/examples"

func TestCheckExamplesText(t *testing.T) {
	out, stderr, code := runBin(t, ".", "check", examples)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", code, stderr)
	}
	// Each line is exactly path:line:col: severity: message (CONTRACT.md), in
	// the order of the JSON output, which also carries the rule ids.
	jsonOut, _, _ := runBin(t, ".", "check", "--format", "json", examples)
	var rs []struct {
		Path     string `json:"path"`
		Line     int    `json:"line"`
		Column   int    `json:"column"`
		Severity string `json:"severity"`
		Code     string `json:"code"`
		Message  string `json:"message"`
	}
	if err := json.Unmarshal([]byte(jsonOut), &rs); err != nil {
		t.Fatalf("json output: %v", err)
	}
	line := regexp.MustCompile(`^(.+):(\d+):(\d+): (error|warning|information|hint): (.+)$`)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(rs) {
		t.Fatalf("%d text lines, %d JSON findings", len(lines), len(rs))
	}
	var got []string
	for i, l := range lines {
		m := line.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("line does not match path:line:col: severity: message: %q", l)
		}
		r := rs[i]
		if want := fmt.Sprintf("%s:%d:%d: %s: %s", r.Path, r.Line, r.Column, r.Severity, r.Message); l != want {
			t.Fatalf("text line %q\ndiffers from its JSON finding %q", l, want)
		}
		rel := strings.TrimPrefix(filepath.ToSlash(m[1]), examples+"/")
		got = append(got, rel+":"+m[2]+":"+r.Code)
	}
	// exampleFindings is in path/line order, so equality also checks the sorting.
	if strings.Join(got, "\n") != strings.Join(exampleFindings, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(exampleFindings, "\n"))
	}
	if strings.Contains(out, "generated/") || strings.Contains(out, "460") {
		t.Errorf("ignored directory or custom code reported:\n%s", out)
	}
	// Stable: a second run prints the same bytes.
	if again, _, _ := runBin(t, ".", "check", examples); again != out {
		t.Error("output differs between runs")
	}
}

func TestCheckExamplesJSON(t *testing.T) {
	out, _, code := runBin(t, ".", "check", "--format", "json", examples)
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	var rs []map[string]any
	if err := json.Unmarshal([]byte(out), &rs); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out)
	}
	var got []string
	for _, r := range rs {
		for _, k := range []string{"path", "line", "column", "severity", "code", "message"} {
			if _, ok := r[k]; !ok {
				t.Errorf("result without %q: %v", k, r)
			}
		}
		rel := strings.TrimPrefix(filepath.ToSlash(r["path"].(string)), examples+"/")
		got = append(got, rel+":"+jsonInt(r["line"])+":"+r["code"].(string))
	}
	if strings.Join(got, "\n") != strings.Join(exampleFindings, "\n") {
		t.Errorf("json findings:\n%s", strings.Join(got, "\n"))
	}
}

func jsonInt(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestCheckExamplesSARIF(t *testing.T) {
	// Run from the examples directory: URIs are relative to it.
	dir, _ := filepath.Abs(examples)
	out, _, code := runBin(t, dir, "check", "--format", "sarif", ".")
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID   string `json:"id"`
						Help struct {
							Text string `json:"text"`
						} `json:"help"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				Level     string `json:"level"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("sarif: %v", err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != "httpstatus-lsp" {
		t.Fatalf("sarif header wrong: version %q", log.Version)
	}
	ids := map[string]bool{}
	for _, r := range log.Runs[0].Tool.Driver.Rules {
		if r.Help.Text == "" {
			t.Errorf("rule %s has no help text", r.ID)
		}
		ids[r.ID] = true
	}
	var got []string
	for _, r := range log.Runs[0].Results {
		if !ids[r.RuleID] {
			t.Errorf("result for undeclared rule %s", r.RuleID)
		}
		loc := r.Locations[0].PhysicalLocation
		if strings.HasPrefix(loc.ArtifactLocation.URI, "/") || strings.Contains(loc.ArtifactLocation.URI, ":") {
			t.Errorf("uri not relative: %s", loc.ArtifactLocation.URI)
		}
		if loc.Region.StartColumn < 1 {
			t.Errorf("column %d", loc.Region.StartColumn)
		}
		got = append(got, loc.ArtifactLocation.URI+":"+jsonInt(loc.Region.StartLine)+":"+r.RuleID)
	}
	if strings.Join(got, "\n") != strings.Join(exampleFindings, "\n") {
		t.Errorf("sarif findings:\n%s", strings.Join(got, "\n"))
	}
}

func TestCheckExitCodes(t *testing.T) {
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.go")
	if err := os.WriteFile(clean, []byte("package p\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) { w.WriteHeader(http.StatusNotFound) }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		want int
	}{
		{[]string{"check", clean}, 0},
		{[]string{"check", "--format", "json", clean}, 0},
		{[]string{"check", examples}, 1},
		{[]string{"check", examples, "--format", "json"}, 1}, // flags after the path
		{[]string{"check", filepath.Join(dir, "does-not-exist")}, 2},
		{[]string{"check", "--bogus", clean}, 2},
		{[]string{"check", "--format", "xml", clean}, 2},
		{[]string{"check"}, 2},
		{[]string{"check", "--config", filepath.Join(dir, "missing.toml"), clean}, 2},
	}
	for _, c := range cases {
		if _, stderr, code := runBin(t, ".", c.args...); code != c.want {
			t.Errorf("%v: exit %d, want %d (stderr %s)", c.args, code, c.want, stderr)
		}
	}
}

func TestCheckFixRoundTrip(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "style.toml")
	if err := os.WriteFile(cfg, []byte("style = \"constant\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := "package p\n\nimport (\n\t\"fmt\"\n)\n\nfunc h(w interface{ WriteHeader(int) }) {\n\tfmt.Println()\n\tw.WriteHeader(404)\n\tw.WriteHeader(201)\n}\n"
	path := filepath.Join(dir, "h.go")
	if err := os.WriteFile(path, []byte(src), 0o640); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runBin(t, dir, "check", "--fix", "--config", cfg, ".")
	if code != 0 {
		t.Fatalf("exit %d after fixing everything; stdout %s stderr %s", code, out, stderr)
	}
	if !strings.Contains(out, "fixed h.go") {
		t.Errorf("no report of the change: %q", out)
	}
	got, _ := os.ReadFile(path)
	want := "package p\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc h(w interface{ WriteHeader(int) }) {\n\tfmt.Println()\n\tw.WriteHeader(http.StatusNotFound)\n\tw.WriteHeader(http.StatusCreated)\n}\n"
	if string(got) != want {
		t.Errorf("fixed file:\n%s\nwant:\n%s", got, want)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o640 {
		t.Errorf("mode changed to %v", fi.Mode().Perm())
	}
	// The fixed file compiles as Go.
	if out, err := exec.Command("go", "vet", path).CombinedOutput(); err != nil {
		t.Errorf("fixed file does not vet: %v\n%s", err, out)
	}
	// Nothing left: a second run changes nothing.
	out, _, code = runBin(t, dir, "check", "--fix", "--config", cfg, ".")
	if code != 0 || strings.Contains(out, "fixed") {
		t.Errorf("second run: exit %d, output %q", code, out)
	}
}

// TestDiagnosticsAndQuickFixOverStdio drives the real binary: a finding is
// pushed after didOpen and its quick fix edits the document.
func TestDiagnosticsAndQuickFixOverStdio(t *testing.T) {
	p := lsptest.Start(t, binPath, "--stdio")
	init := p.Initialize(nil)
	if !strings.Contains(string(init.Result), `"source.fixAll.httpstatus"`) || !strings.Contains(string(init.Result), `"quickfix"`) {
		t.Errorf("codeActionProvider not advertised: %s", init.Result)
	}
	text := "package main\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\thttp.Error(w, \"no\", 200)\n\tw.WriteHeader(404)\n}\n"
	uri := "file:///tmp/httpstatus-e2e/h.go"
	p.Open(uri, "go", text)
	m, _, ok := p.WaitNote(0, 5*time.Second, func(m lsptest.Message) bool { return m.Method == "textDocument/publishDiagnostics" })
	if !ok {
		t.Fatal("no publishDiagnostics")
	}
	var pub struct {
		Diagnostics []struct {
			Code     string `json:"code"`
			Severity int    `json:"severity"`
			Source   string `json:"source"`
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal(m.Params, &pub); err != nil {
		t.Fatal(err)
	}
	if len(pub.Diagnostics) != 1 || pub.Diagnostics[0].Code != "error-with-success" || pub.Diagnostics[0].Severity != 2 || pub.Diagnostics[0].Source != "httpstatus" {
		t.Errorf("diagnostics: %s", m.Params)
	}
	l, ch := position(t, text, "404", 0)
	res := p.Call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri},
		"range":        map[string]any{"start": map[string]any{"line": l, "character": ch}, "end": map[string]any{"line": l, "character": ch + 3}},
		"context":      map[string]any{"diagnostics": []any{}, "only": []string{"quickfix"}},
	})
	if !strings.Contains(string(res.Result), `"newText":"http.StatusNotFound"`) {
		t.Errorf("no literal → constant quick fix: %s", res.Result)
	}
}
