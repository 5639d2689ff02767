package editors_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"
)

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func readTOML(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := toml.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// caretAccepts reports whether an npm caret range such as "^1.90.0" accepts version.
func caretAccepts(rng, version string) bool {
	m := regexp.MustCompile(`^\^(\d+)\.(\d+)\.(\d+)$`).FindStringSubmatch(rng)
	v := strings.Split(version, ".")
	if m == nil || len(v) != 3 {
		return false
	}
	var want, got [3]int
	for i := 0; i < 3; i++ {
		want[i], _ = strconv.Atoi(m[i+1])
		got[i], _ = strconv.Atoi(v[i])
	}
	if got[0] != want[0] {
		return false
	}
	for i := 1; i < 3; i++ {
		if got[i] != want[i] {
			return got[i] > want[i]
		}
	}
	return true
}

func TestVSCodeManifest(t *testing.T) {
	var pkg struct {
		License string            `json:"license"`
		Main    string            `json:"main"`
		Engines map[string]string `json:"engines"`
		Scripts map[string]string `json:"scripts"`
		Deps    map[string]string `json:"dependencies"`
		DevDeps map[string]string `json:"devDependencies"`
		Contrib struct {
			Commands []struct {
				Command, Title, Category string
			} `json:"commands"`
			Configuration struct {
				Properties map[string]struct {
					Type                string `json:"type"`
					Description         string `json:"description"`
					MarkdownDescription string `json:"markdownDescription"`
				} `json:"properties"`
			} `json:"configuration"`
		} `json:"contributes"`
	}
	readJSON(t, filepath.Join("vscode", "package.json"), &pkg)
	if !caretAccepts(pkg.Engines["vscode"], "1.100.3") || !caretAccepts(pkg.Engines["vscode"], "1.90.0") {
		t.Errorf("engines.vscode = %q, must accept 1.90 and 1.100", pkg.Engines["vscode"])
	}
	if pkg.Deps["vscode-languageclient"] != "9.0.1" || pkg.DevDeps["@vscode/vsce"] != "3.9.2" {
		t.Errorf("pins: vscode-languageclient %q, @vscode/vsce %q", pkg.Deps["vscode-languageclient"], pkg.DevDeps["@vscode/vsce"])
	}
	if !strings.Contains(pkg.Scripts["package"], "vsce package") {
		t.Errorf("scripts.package = %q, want a vsce package step", pkg.Scripts["package"])
	}
	for _, key := range []string{"server.path", "rules", "codes", "style", "hints", "ignore"} {
		p, ok := pkg.Contrib.Configuration.Properties["httpstatus."+key]
		if !ok {
			t.Errorf("contributes.configuration lacks httpstatus.%s", key)
			continue
		}
		if p.Type == "" || (p.Description == "" && p.MarkdownDescription == "") {
			t.Errorf("httpstatus.%s needs a type and a description", key)
		}
	}
	explain := false
	for _, c := range pkg.Contrib.Commands {
		if c.Category+": "+c.Title == "HTTP Status: Explain code..." {
			explain = true
		}
	}
	if !explain {
		t.Errorf("no command titled \"HTTP Status: Explain code...\": %+v", pkg.Contrib.Commands)
	}
	for _, f := range []string{"LICENSE", "README.md", "package-lock.json", ".vscodeignore", filepath.Join("src", "extension.ts")} {
		if _, err := os.Stat(filepath.Join("vscode", f)); err != nil {
			t.Errorf("editors/vscode/%s: %v", f, err)
		}
	}
	if pkg.License == "" || pkg.Main != "./out/extension.js" {
		t.Errorf("license %q, main %q", pkg.License, pkg.Main)
	}
}

func TestHelixConfig(t *testing.T) {
	var cfg struct {
		LanguageServer map[string]struct {
			Command string   `toml:"command"`
			Args    []string `toml:"args"`
		} `toml:"language-server"`
		Language []struct {
			Name            string   `toml:"name"`
			LanguageServers []string `toml:"language-servers"`
		} `toml:"language"`
	}
	readTOML(t, filepath.Join("helix", "languages.toml"), &cfg)
	ls := cfg.LanguageServer["httpstatus"]
	if ls.Command != "httpstatus-lsp" || strings.Join(ls.Args, " ") != "--stdio" {
		t.Errorf("language-server.httpstatus = %+v", ls)
	}
	names := map[string]bool{}
	for _, l := range cfg.Language {
		names[l.Name] = true
		if !contains(l.LanguageServers, "httpstatus") {
			t.Errorf("language %s does not list httpstatus", l.Name)
		}
	}
	for _, want := range []string{"go", "python", "javascript", "typescript", "java", "ruby", "php", "yaml", "json"} {
		if !names[want] {
			t.Errorf("helix languages.toml lacks %s", want)
		}
	}
}

func TestZedAndSublimeConfigs(t *testing.T) {
	var ext struct {
		ID              string `toml:"id"`
		LanguageServers map[string]struct {
			Languages []string `toml:"languages"`
		} `toml:"language_servers"`
	}
	readTOML(t, filepath.Join("zed", "extension.toml"), &ext)
	if langs := ext.LanguageServers["httpstatus-lsp"].Languages; !contains(langs, "Go") || !contains(langs, "Python") {
		t.Errorf("zed extension languages = %q", langs)
	}
	var zed struct {
		LSP map[string]struct {
			Binary struct {
				Path      string   `json:"path"`
				Arguments []string `json:"arguments"`
			} `json:"binary"`
		} `json:"lsp"`
	}
	readJSON(t, filepath.Join("zed", "settings.json"), &zed)
	if b := zed.LSP["httpstatus-lsp"].Binary; b.Path != "httpstatus-lsp" || strings.Join(b.Arguments, " ") != "--stdio" {
		t.Errorf("zed settings binary = %+v", b)
	}
	src, err := os.ReadFile(filepath.Join("zed", "src", "lib.rs"))
	if err != nil || !strings.Contains(string(src), `which("httpstatus-lsp")`) {
		t.Errorf("zed/src/lib.rs should look the binary up on PATH (%v)", err)
	}

	var sub struct {
		Clients map[string]struct {
			Command  []string `json:"command"`
			Selector string   `json:"selector"`
		} `json:"clients"`
	}
	readJSON(t, filepath.Join("sublime", "LSP-httpstatus.sublime-settings"), &sub)
	c := sub.Clients["httpstatus"]
	if strings.Join(c.Command, " ") != "httpstatus-lsp --stdio" || !strings.Contains(c.Selector, "source.go") {
		t.Errorf("sublime client = %+v", c)
	}
}
