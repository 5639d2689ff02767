package check

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestGitignorePatterns(t *testing.T) {
	rules := parseGitignore([]byte(strings.Join([]string{
		"# comment",
		"",
		"*.log",
		"!keep.log",
		"build/",
		"/root-only.go",
		"docs/**/draft.md",
		"**/gen/*.go",
		`\#hash.go`,
		"trailing.go   ",
		"a?c.py",
		"x[0-9].js",
		"!x5.js",
	}, "\n")))
	match := func(rel string, isDir bool) bool {
		ignored := false
		for _, r := range rules {
			if r.dirOnly && !isDir {
				continue
			}
			if r.re.MatchString(rel) {
				ignored = !r.neg
			}
		}
		return ignored
	}
	cases := []struct {
		rel   string
		isDir bool
		want  bool
	}{
		{"app.log", false, true},
		{"sub/deep/app.log", false, true},
		{"keep.log", false, false},
		{"sub/keep.log", false, false},
		{"build", true, true},
		{"sub/build", true, true},
		{"build", false, false}, // a file named build is not a directory
		{"root-only.go", false, true},
		{"sub/root-only.go", false, false},
		{"docs/draft.md", false, true},
		{"docs/a/b/draft.md", false, true},
		{"other/docs/draft.md", false, false},
		{"gen/x.go", false, true},
		{"a/b/gen/x.go", false, true},
		{"a/b/gen/sub/x.go", false, false},
		{"#hash.go", false, true},
		{"trailing.go", false, true},
		{"abc.py", false, true},
		{"ac.py", false, false},
		{"x1.js", false, true},
		{"x5.js", false, false},
		{"main.go", false, false},
	}
	for _, c := range cases {
		if got := match(c.rel, c.isDir); got != c.want {
			t.Errorf("%s (dir %v): ignored = %v, want %v", c.rel, c.isDir, got, c.want)
		}
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

const handler299 = "package p\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(299)\n}\n"

func TestWalkHonoursGitignoreAndSettings(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, ".gitignore"), "vendor/\n*.gen.go\n")
	write(t, filepath.Join(dir, "a.go"), handler299)
	write(t, filepath.Join(dir, "vendor", "v.go"), handler299)
	write(t, filepath.Join(dir, "x.gen.go"), handler299)
	write(t, filepath.Join(dir, "sub", ".gitignore"), "local.go\n")
	write(t, filepath.Join(dir, "sub", "local.go"), handler299)
	write(t, filepath.Join(dir, "sub", "kept.go"), handler299)
	write(t, filepath.Join(dir, "skip", "s.go"), handler299)
	write(t, filepath.Join(dir, ".httpstatus.toml"), "ignore = [\"skip\"]\n")
	write(t, filepath.Join(dir, "notes.txt"), "w.WriteHeader(299)\n")
	write(t, filepath.Join(dir, "bin.go"), "package p\x00\nfunc h(w interface{ WriteHeader(int) }) { w.WriteHeader(299) }\n")
	var stderr bytes.Buffer
	rep := Collect([]string{dir}, Options{Stderr: &stderr})
	var files []string
	for _, r := range rep.Results {
		rel, _ := filepath.Rel(dir, r.abs)
		files = append(files, filepath.ToSlash(rel))
	}
	sort.Strings(files)
	if want := []string{"a.go", "sub/kept.go"}; strings.Join(files, ",") != strings.Join(want, ",") {
		t.Errorf("files with findings = %v, want %v", files, want)
	}
	if !strings.Contains(stderr.String(), "bin.go: skipped: binary") {
		t.Errorf("no note for the binary file: %q", stderr.String())
	}
	if rep.Trouble {
		t.Errorf("unexpected trouble: %s", stderr.String())
	}
	// A file named explicitly is read even when .gitignore lists it.
	rep = Collect([]string{filepath.Join(dir, "x.gen.go")}, Options{})
	if len(rep.Results) != 1 {
		t.Errorf("explicit ignored file: %+v", rep.Results)
	}
}

func TestHugeFileSkipped(t *testing.T) {
	dir := t.TempDir()
	big := handler299 + strings.Repeat("// padding padding padding padding\n", MaxFileSize/32)
	write(t, filepath.Join(dir, "big.go"), big)
	var stderr bytes.Buffer
	rep := Collect([]string{dir}, Options{Stderr: &stderr})
	if len(rep.Results) != 0 || !strings.Contains(stderr.String(), "big.go: skipped: larger than 5 MB") {
		t.Errorf("huge file: results %+v, stderr %q", rep.Results, stderr.String())
	}
}

func TestColumnsCountCharacters(t *testing.T) {
	dir := t.TempDir()
	src := "package p\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) {\n\thttp.Error(w, \"é😀\", 299)\n}\n"
	write(t, filepath.Join(dir, "u.go"), src)
	rep := Collect([]string{dir}, Options{})
	if len(rep.Results) == 0 {
		t.Fatal("no findings")
	}
	r := rep.Results[0]
	// tab, http.Error(w, (14), quote, é, 😀, quote, comma, space: 299 starts at character 22.
	if r.Line != 6 || r.Column != 22 {
		t.Errorf("position %d:%d, want 6:22", r.Line, r.Column)
	}
}

func TestRunFormatsAndExitCodes(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.go"), handler299)
	write(t, filepath.Join(dir, "clean", "c.go"), "package p\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) { w.WriteHeader(404) }\n")
	write(t, filepath.Join(dir, "info", "i.go"), "package p\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) { w.WriteHeader(499) }\n")

	var out, errOut bytes.Buffer
	if code := Run([]string{filepath.Join(dir, "clean")}, Options{Format: "json", Stdout: &out, Stderr: &errOut}); code != ExitClean {
		t.Errorf("clean: exit %d", code)
	}
	if strings.TrimSpace(out.String()) != "[]" {
		t.Errorf("clean json = %q, want []", out.String())
	}
	out.Reset()
	if code := Run([]string{filepath.Join(dir, "info")}, Options{Stdout: &out}); code != ExitClean {
		t.Errorf("information only: exit %d, want 0", code)
	}
	if !strings.Contains(out.String(), ": information: ") {
		t.Errorf("information finding not printed: %q", out.String())
	}
	out.Reset()
	if code := Run([]string{dir}, Options{Stdout: &out}); code != ExitFindings {
		t.Errorf("findings: exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || strings.Contains(lines[0], "[") || !strings.Contains(lines[0], "a.go:6:16: warning: 299 ") {
		t.Errorf("text output:\n%s", out.String())
	}
	if code := Run([]string{filepath.Join(dir, "missing")}, Options{Stdout: &out, Stderr: &errOut}); code != ExitTrouble {
		t.Errorf("missing path: exit %d", code)
	}
	if code := Run([]string{dir}, Options{Format: "xml"}); code != ExitTrouble {
		t.Errorf("bad format: exit %d", code)
	}
	if code := Run([]string{dir}, Options{Config: filepath.Join(dir, "nope.toml")}); code != ExitTrouble {
		t.Errorf("missing --config: exit %d", code)
	}

	// SARIF with URIs relative to the base directory.
	out.Reset()
	Run([]string{dir}, Options{Format: "sarif", Stdout: &out, BaseDir: dir})
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID      string `json:"id"`
						HelpURI string `json:"helpUri"`
						Help    struct {
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
	if err := json.Unmarshal(out.Bytes(), &log); err != nil {
		t.Fatalf("sarif: %v\n%s", err, out.String())
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != "httpstatus-lsp" {
		t.Fatalf("sarif header: %+v", log)
	}
	if len(log.Runs[0].Tool.Driver.Rules) != 10 || log.Runs[0].Tool.Driver.Rules[0].Help.Text == "" || log.Runs[0].Tool.Driver.Rules[0].HelpURI == "" {
		t.Errorf("sarif rules: %+v", log.Runs[0].Tool.Driver.Rules)
	}
	got := map[string]string{}
	for _, r := range log.Runs[0].Results {
		loc := r.Locations[0].PhysicalLocation
		got[loc.ArtifactLocation.URI] = r.RuleID + "/" + r.Level
		if loc.Region.StartLine < 1 || loc.Region.StartColumn < 1 {
			t.Errorf("region %+v", loc.Region)
		}
	}
	if got["a.go"] != "unassigned-code/warning" || got["info/i.go"] != "nonstandard-code/note" {
		t.Errorf("sarif results: %v", got)
	}
}

func TestFixRoundTrip(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, ".httpstatus.toml"), "style = \"constant\"\n")
	src := "package p\n\nimport web \"net/http\"\n\nfunc h(w web.ResponseWriter) {\n\tw.WriteHeader(404)\n\tw.WriteHeader(299)\n}\n"
	path := filepath.Join(dir, "h.go")
	write(t, path, src)
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	code := Run([]string{dir}, Options{Fix: true, Stdout: &out})
	got, _ := os.ReadFile(path)
	want := strings.Replace(src, "WriteHeader(404)", "WriteHeader(web.StatusNotFound)", 1)
	if string(got) != want {
		t.Fatalf("after --fix:\n%s\nwant:\n%s", got, want)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	if !strings.Contains(out.String(), "fixed ") || !strings.Contains(out.String(), "web.StatusNotFound") {
		t.Errorf("no report of the change: %q", out.String())
	}
	// 299 is left (no safe fix): exit 1, and the report shows only it.
	if code != ExitFindings || strings.Contains(out.String(), "prefer-constant") {
		t.Errorf("exit %d, output %q", code, out.String())
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".httpstatus-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
	// Once 299 is fixed by hand, a second run changes nothing and exits 0.
	write(t, path, strings.Replace(string(got), "299", "web.StatusOK", 1))
	out.Reset()
	if code := Run([]string{dir}, Options{Fix: true, Stdout: &out}); code != ExitClean || strings.Contains(out.String(), "fixed") {
		t.Errorf("second run: exit %d, output %q", code, out.String())
	}
}
