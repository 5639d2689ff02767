// Package editors_test drives real editors headless against the built
// httpstatus-lsp binary: Neovim, Emacs (eglot), Vim (ALE) and VS Code
// (code-server in headless Chromium). Each test skips when its editor is not
// installed, except under CI=true, where a missing editor fails the test.
// editors/ci-deps.sh installs everything these tests need.
//
// HTTPSTATUS_LSP_BIN names a prebuilt server to use instead of building one.
package editors_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

var (
	serverBin   string // the server under test
	buildErr    error
	buildOutput []byte
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "httpstatus-editors-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if bin := os.Getenv("HTTPSTATUS_LSP_BIN"); bin != "" {
		serverBin, buildErr = filepath.Abs(bin)
	} else {
		serverBin = filepath.Join(dir, "httpstatus-lsp")
		cmd := exec.Command("go", "build", "-o", serverBin, "../cmd/httpstatus-lsp")
		buildOutput, buildErr = cmd.CombinedOutput()
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// server returns the built binary or fails the test.
func server(t *testing.T) string {
	t.Helper()
	if buildErr != nil {
		t.Fatalf("building the server: %v\n%s", buildErr, buildOutput)
	}
	return serverBin
}

// contractFiletypes are the Neovim filetypes promised in CONTRACT.md.
var contractFiletypes = []string{"go", "javascript", "typescript", "javascriptreact", "typescriptreact",
	"python", "java", "kotlin", "cs", "rust", "ruby", "php", "yaml", "json", "http", "markdown"}

func inCI() bool { return os.Getenv("CI") == "true" }

// need returns the path of an editor's executable; without it the test skips,
// or fails under CI=true.
func need(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		missing(t, "%s is not installed (editors/ci-deps.sh installs it)", name)
	}
	return path
}

func missing(t *testing.T, format string, args ...any) {
	t.Helper()
	if inCI() {
		t.Fatalf("CI=true: "+format, args...)
	}
	t.Skipf(format, args...)
}

// workspace copies testdata/workspace into a fresh project directory with a
// go.mod (the root marker) and a second Go file.
func workspace(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join("testdata", "workspace", "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"main.go":  string(src),
		"other.go": "package main\n\nfunc other() int { return 1 }\n",
		"go.mod":   "module example.com/editors\n\ngo 1.22\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runEditor runs an editor with a deadline and returns its combined output.
func runEditor(t *testing.T, timeout time.Duration, env []string, dir, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Dir = dir
	cmd.WaitDelay = 5 * time.Second
	start := time.Now()
	out, err := cmd.CombinedOutput()
	t.Logf("%s took %v", filepath.Base(name), time.Since(start).Round(time.Millisecond))
	if ctx.Err() != nil {
		t.Fatalf("%s did not finish within %v:\n%s", name, timeout, out)
	}
	if err != nil {
		t.Logf("%s: %v\n%s", name, err, out)
	}
	return out
}

func readResult(t *testing.T, path string, out []byte) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no result from the editor (%v); its output:\n%s", err, out)
	}
	var res map[string]any
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatalf("result %s: %v\n%s", path, err, data)
	}
	t.Logf("result: %s", data)
	return res
}

func str(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

func strs(v any) []string {
	list, _ := v.([]any)
	var out []string
	for _, x := range list {
		out = append(out, str(x))
	}
	return out
}

func contains(list []string, want string) bool {
	for _, s := range list {
		if s == want {
			return true
		}
	}
	return false
}

func checkHover(t *testing.T, hover string) {
	t.Helper()
	if !strings.Contains(hover, "404") || !strings.Contains(hover, "Not Found") {
		t.Errorf("hover on 404 = %q, want text with 404 and Not Found", hover)
	}
}

func checkCompletion(t *testing.T, labels []string) {
	t.Helper()
	if !contains(labels, "StatusNotFound") {
		n := len(labels)
		if n > 20 {
			labels = labels[:20]
		}
		t.Errorf("completion after http.Status: %d items, no StatusNotFound (first: %q)", n, labels)
	}
}

// nvimVersion returns major, minor of `nvim --version`.
func nvimVersion(t *testing.T, nvim string) (int, int) {
	t.Helper()
	out, err := exec.Command(nvim, "--version").Output()
	if err != nil {
		t.Fatalf("nvim --version: %v", err)
	}
	m := regexp.MustCompile(`NVIM v(\d+)\.(\d+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("cannot read the version from %q", out)
	}
	major, _ := strconv.Atoi(string(m[1]))
	minor, _ := strconv.Atoi(string(m[2]))
	return major, minor
}

func TestNeovim(t *testing.T) {
	nvim := need(t, "nvim")
	bin := server(t)
	major, minor := nvimVersion(t, nvim)
	modes := []string{"setup"}
	if major > 0 || minor >= 11 {
		modes = append(modes, "enable")
	}
	plugin, _ := filepath.Abs("neovim")
	script, _ := filepath.Abs(filepath.Join("testdata", "nvim_test.lua"))
	for _, mode := range modes {
		t.Run(mode, func(t *testing.T) {
			ws := workspace(t)
			outFile := filepath.Join(t.TempDir(), "result.json")
			env := []string{
				"HTTPSTATUS_BIN=" + bin,
				"HTTPSTATUS_FILE=" + filepath.Join(ws, "main.go"),
				"HTTPSTATUS_OUT=" + outFile,
				"HTTPSTATUS_MODE=" + mode,
			}
			out := runEditor(t, 90*time.Second, env, ws, nvim, "--headless", "--clean",
				"--cmd", "set rtp^="+plugin, "-c", "luafile "+script)
			res := readResult(t, outFile, out)
			t.Logf("Neovim %s, mode %s", str(res["version"]), mode)
			if errs := strs(res["errors"]); len(errs) > 0 {
				t.Errorf("script errors: %q", errs)
			}
			if res["attached"] != true {
				t.Fatalf("the httpstatus client did not attach (filetype %q)", str(res["filetype"]))
			}
			if got := str(res["root_dir"]); filepath.Clean(got) != filepath.Clean(ws) {
				t.Errorf("root_dir = %q, want the directory holding go.mod %q", got, ws)
			}
			t.Run("hover", func(t *testing.T) {
				checkHover(t, str(res["hover"]))
				// The range covers exactly the 404 of `\t\tw.WriteHeader(404)` (line 7).
				rng, _ := res["hover_range"].(map[string]any)
				start, _ := rng["start"].(map[string]any)
				end, _ := rng["end"].(map[string]any)
				if start["line"] != float64(6) || start["character"] != float64(16) || end["character"] != float64(19) {
					t.Errorf("hover range = %v, want line 6, characters 16-19", rng)
				}
			})
			t.Run("diagnostics", func(t *testing.T) {
				diags, _ := res["diagnostics"].([]any)
				warn, _ := res["warn_severity"].(float64)
				found := false
				for _, d := range diags {
					m, _ := d.(map[string]any)
					if strings.Contains(str(m["message"]), "299") && m["severity"] == warn {
						found = true
					}
				}
				if !found {
					t.Errorf("vim.diagnostic.get has no warning naming 299: %v", diags)
				}
			})
			t.Run("completion", func(t *testing.T) { checkCompletion(t, strs(res["completion"])) })
			t.Run("reuse", func(t *testing.T) {
				if res["second_client_id"] != res["client_id"] || res["client_count"] != float64(1) {
					t.Errorf("a second file in the same root got client %v (first %v), %v clients running",
						res["second_client_id"], res["client_id"], res["client_count"])
				}
			})
			if mode == "setup" {
				t.Run("defaults", func(t *testing.T) {
					if got := strings.Join(strs(res["filetypes"]), " "); got != strings.Join(contractFiletypes, " ") {
						t.Errorf("filetypes = %s, want %s", got, strings.Join(contractFiletypes, " "))
					}
					if got := strs(res["default_cmd"]); strings.Join(got, " ") != "httpstatus-lsp --stdio" {
						t.Errorf("default cmd = %q", got)
					}
				})
				t.Run("lsp-file", func(t *testing.T) {
					if got := str(res["lsp_file_cmd"]); got != "httpstatus-lsp" {
						t.Errorf("lsp/httpstatus.lua cmd[1] = %q, want httpstatus-lsp", got)
					}
				})
				t.Run("checkhealth", func(t *testing.T) {
					health := str(res["health"])
					version, err := exec.Command(bin, "--version").Output()
					if err != nil {
						t.Fatalf("%s --version: %v", bin, err)
					}
					for _, want := range []string{"OK", bin, strings.TrimSpace(string(version))} {
						if !strings.Contains(health, want) {
							t.Errorf(":checkhealth httpstatus lacks %q:\n%s", want, health)
						}
					}
					if strings.Contains(health, "ERROR") {
						t.Errorf(":checkhealth httpstatus reports an error:\n%s", health)
					}
				})
			}
		})
	}
	if len(modes) == 1 {
		t.Logf("Neovim %d.%d: vim.lsp.enable('httpstatus') needs 0.11+, not tested here", major, minor)
	}
}

func TestEmacs(t *testing.T) {
	emacs := need(t, "emacs")
	bin := server(t)
	ws := workspace(t)
	outFile := filepath.Join(t.TempDir(), "result.json")
	elDir, _ := filepath.Abs("emacs")
	script, _ := filepath.Abs(filepath.Join("testdata", "emacs_test.el"))
	env := []string{
		"HTTPSTATUS_BIN=" + bin,
		"HTTPSTATUS_FILE=" + filepath.Join(ws, "main.go"),
		"HTTPSTATUS_OUT=" + outFile,
		"HTTPSTATUS_EMACS_DIR=" + elDir,
	}
	out := runEditor(t, 120*time.Second, env, ws, emacs, "--batch", "-Q", "-l", script)
	res := readResult(t, outFile, out)
	if e := str(res["error"]); e != "" {
		if strings.Contains(e, "Cannot open load file") && strings.Contains(e, "eglot") {
			missing(t, "eglot is not installed (Debian: elpa-eglot): %s", e)
		}
		t.Errorf("emacs error: %s\n%s", e, out)
	}
	t.Logf("Emacs %s, eglot %s, go-mode stand-in: %v", str(res["emacs"]), str(res["eglot"]), res["go_mode_stub"] == true)
	if res["feature"] != true {
		t.Fatal("(require 'httpstatus-lsp) did not provide the feature")
	}
	if got := strs(res["default_command"]); len(got) != 2 || got[0] != "httpstatus-lsp" || got[1] != "--stdio" {
		t.Errorf("httpstatus-lsp-command default = %q", got)
	}
	if res["connected"] != true {
		t.Fatalf("eglot did not connect; output:\n%s", out)
	}
	if cmd := strs(res["server_command"]); len(cmd) == 0 || cmd[0] != bin {
		t.Errorf("eglot started %q, want %s from httpstatus-lsp-command", cmd, bin)
	}
	if got := str(res["language_id"]); got != "" && got != "go" {
		t.Errorf("language id = %q, want go", got)
	}
	t.Run("hover", func(t *testing.T) { checkHover(t, str(res["hover"])) })
	t.Run("flymake", func(t *testing.T) {
		diags, _ := res["diagnostics"].([]any)
		found := false
		for _, d := range diags {
			m, _ := d.(map[string]any)
			if strings.Contains(str(m["text"]), "299") && strings.Contains(str(m["type"]), "warning") {
				found = true
			}
		}
		if !found {
			t.Errorf("flymake has no warning naming 299: %v", diags)
		}
	})
	t.Run("completion", func(t *testing.T) { checkCompletion(t, strs(res["completion"])) })
}

func TestVimALE(t *testing.T) {
	vim := need(t, "vim")
	bin := server(t)
	ale := aleDir()
	if ale == "" {
		missing(t, "ALE is not installed (Debian: vim-ale)")
	}
	ws := workspace(t)
	outFile := filepath.Join(t.TempDir(), "result.json")
	script, _ := filepath.Abs(filepath.Join("testdata", "vim_ale_test.vim"))
	snippet, _ := filepath.Abs(filepath.Join("vim", "ale.vim"))
	env := []string{
		"HTTPSTATUS_BIN=" + bin,
		"HTTPSTATUS_OUT=" + outFile,
		"HTTPSTATUS_ALE=" + ale,
		"HTTPSTATUS_SNIPPET=" + snippet,
	}
	out := runEditor(t, 90*time.Second, env, ws, vim, "-N", "-u", "NONE", "-i", "NONE", "-n",
		"-X", "--not-a-term", "-S", script, filepath.Join(ws, "main.go"))
	res := readResult(t, outFile, out)
	if e := str(res["error"]); e != "" {
		t.Errorf("vim error: %s", e)
	}
	t.Logf("Vim %s, ALE from %s", str(res["vim"]), ale)
	t.Run("diagnostics", func(t *testing.T) {
		items, _ := res["loclist"].([]any)
		found := false
		for _, it := range items {
			m, _ := it.(map[string]any)
			if strings.Contains(str(m["text"]), "299") && str(m["type"]) == "W" {
				found = true
			}
		}
		if !found {
			t.Errorf("ALE has no warning naming 299: %v", items)
		}
	})
	t.Run("hover", func(t *testing.T) { checkHover(t, str(res["hover"])) })
}

// aleDir finds ALE: $HTTPSTATUS_ALE_DIR, or where Debian's vim-ale put it.
func aleDir() string {
	if dir := os.Getenv("HTTPSTATUS_ALE_DIR"); dir != "" {
		return dir
	}
	out, err := exec.Command("dpkg", "-L", "vim-ale").Output()
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasSuffix(line, "/autoload/ale.vim") {
			return strings.TrimSuffix(line, "/autoload/ale.vim")
		}
	}
	return ""
}

func TestVSCode(t *testing.T) {
	node := need(t, "node")
	npm := need(t, "npm")
	chromium := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			chromium = p
			break
		}
	}
	if chromium == "" {
		missing(t, "Chromium is not installed (Debian: chromium)")
	}
	ext, _ := filepath.Abs("vscode")
	harness := filepath.Join(ext, "test")
	if _, err := os.Stat(filepath.Join(ext, "node_modules", "vscode-languageclient")); err != nil {
		missing(t, "the extension's npm packages are not installed (npm ci in editors/vscode, or editors/ci-deps.sh)")
	}
	codeServer := filepath.Join(harness, "node_modules", ".bin", "code-server")
	if _, err := os.Stat(codeServer); err != nil {
		missing(t, "code-server is not installed (editors/vscode/test/setup.sh, or editors/ci-deps.sh)")
	}
	bin := server(t)

	// The .vsix builds with the documented command.
	start := time.Now()
	pkg := exec.Command(npm, "run", "package")
	pkg.Dir = ext
	if out, err := pkg.CombinedOutput(); err != nil {
		t.Fatalf("npm run package: %v\n%s", err, out)
	}
	t.Logf("npm run package took %v", time.Since(start).Round(time.Millisecond))
	vsix := filepath.Join(ext, "httpstatus-lsp.vsix")
	if st, err := os.Stat(vsix); err != nil || st.Size() == 0 {
		t.Fatalf("no .vsix after npm run package: %v", err)
	}

	ws := workspace(t)
	outDir := filepath.Join(harness, "output")
	os.RemoveAll(outDir)
	env := []string{
		"HTTPSTATUS_BIN=" + bin,
		"HTTPSTATUS_VSIX=" + vsix,
		"HTTPSTATUS_WORKSPACE=" + ws,
		"HTTPSTATUS_OUT=" + outDir,
		"CHROMIUM=" + chromium,
		"CODE_SERVER=" + codeServer,
	}
	out := runEditor(t, 240*time.Second, env, harness, node, "e2e.mjs")
	res := readResult(t, filepath.Join(outDir, "results.json"), out)
	for _, e := range strs(res["errors"]) {
		t.Errorf("e2e: %s", e)
	}
	if t.Failed() {
		t.Logf("e2e output:\n%s", out)
	}
	if installed := strs(res["installed"]); len(installed) == 0 {
		t.Fatalf("the .vsix did not install into code-server: %v", res["install"])
	}
	t.Run("hover", func(t *testing.T) {
		checkHover(t, str(res["hover"]))
		shot(t, outDir, "vscode-hover.png")
	})
	t.Run("diagnostics", func(t *testing.T) {
		if n, _ := res["squiggle"].(float64); n < 1 {
			t.Errorf("no warning squiggle in the editor")
		}
		if h := str(res["diagnosticHover"]); !strings.Contains(h, "299") {
			t.Errorf("hover on 299 shows no diagnostic naming 299: %q", h)
		}
		shot(t, outDir, "vscode-diagnostics.png")
	})
	t.Run("completion", func(t *testing.T) {
		labels := strs(res["completion"])
		found := false
		for _, l := range labels {
			if strings.Contains(l, "StatusNotFound") {
				found = true
			}
		}
		if !found {
			t.Errorf("suggest widget after http.Status has no StatusNotFound: %q", labels)
		}
		shot(t, outDir, "vscode-completion.png")
	})
	t.Run("explain", func(t *testing.T) {
		want, err := exec.Command(bin, "explain", "404").Output()
		if err != nil {
			t.Fatalf("%s explain 404: %v", bin, err)
		}
		// The editor shows spaces as U+00A0 and may wrap lines: compare words.
		got := strings.Join(strings.Fields(strings.ReplaceAll(str(res["explain"]), "\u00a0", " ")), " ")
		first := strings.Join(strings.Fields(strings.Trim(strings.SplitN(strings.TrimSpace(string(want)), "\n", 2)[0], "#* ")), " ")
		if !strings.Contains(got, "404") || !strings.Contains(got, first) {
			t.Errorf("HTTP Status: Explain code... showed %q, want the explain text starting %q", got, first)
		}
	})
}

// shot checks that a screenshot was written and, with
// HTTPSTATUS_UPDATE_SCREENSHOTS=1, copies it to editors/screenshots/.
func shot(t *testing.T, dir, name string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil || len(data) < 1000 || !bytes.HasPrefix(data, []byte("\x89PNG")) {
		t.Errorf("screenshot %s missing or not a PNG (%v)", name, err)
		return
	}
	if os.Getenv("HTTPSTATUS_UPDATE_SCREENSHOTS") == "1" && !t.Failed() {
		if err := os.WriteFile(filepath.Join("screenshots", name), data, 0o644); err != nil {
			t.Error(err)
		}
	}
}
