package knowledge_test

import (
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"net/http"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"httpstatus-lsp/knowledge"
)

// goroot asks the go command for GOROOT, the toolchain the tests run with, and
// falls back to go/build's idea of it.
func goroot(t *testing.T) string {
	t.Helper()
	if out, err := exec.Command("go", "env", "GOROOT").Output(); err == nil {
		if root := strings.TrimSpace(string(out)); root != "" {
			return root
		}
	}
	if build.Default.GOROOT != "" {
		return build.Default.GOROOT
	}
	t.Fatal("cannot determine GOROOT")
	return ""
}

// netHTTPStatusConstants parses net/http's status.go from the toolchain and
// returns every exported Status* constant with its value. The list comes from
// the standard library itself, so a new Go release with a new constant makes
// the catalog test fail until the catalog catches up.
func netHTTPStatusConstants(t *testing.T) map[string]int {
	t.Helper()
	path := filepath.Join(goroot(t), "src", "net", "http", "status.go")
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	consts := map[string]int{}
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				if !name.IsExported() || !strings.HasPrefix(name.Name, "Status") || i >= len(vs.Values) {
					continue
				}
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.INT {
					t.Errorf("%s: value is not an integer literal", name.Name)
					continue
				}
				v, err := strconv.Atoi(lit.Value)
				if err != nil {
					t.Errorf("%s: %v", name.Name, err)
					continue
				}
				consts[name.Name] = v
			}
		}
	}
	// net/http has had more than sixty status constants since Go 1.7; far
	// fewer means the parse went wrong, not that the catalog is right.
	if len(consts) < 60 {
		t.Fatalf("found only %d Status constants in %s", len(consts), path)
	}
	return consts
}

func TestNetHTTPConstantsInCatalog(t *testing.T) {
	c := knowledge.Default()
	consts := netHTTPStatusConstants(t)
	names := make([]string, 0, len(consts))
	for n := range consts {
		names = append(names, n)
	}
	slices.Sort(names)

	for _, name := range names {
		code := consts[name]
		s, ok := c.Lookup(code)
		if !ok {
			t.Errorf("http.%s (%d) has no catalog entry", name, code)
			continue
		}
		if !slices.Contains(s.Constants[knowledge.EcoGo], name) {
			t.Errorf("%d: go constants %v lack %s", code, s.Constants[knowledge.EcoGo], name)
		}
		if byName, ok := c.ByConstant(knowledge.EcoGo, name); !ok || byName.Code != code {
			t.Errorf("ByConstant(go, %s) = %v, %v; want %d", name, byName, ok, code)
		}
		text := http.StatusText(code)
		if text == "" {
			t.Errorf("http.StatusText(%d) is empty for constant %s", code, name)
			continue
		}
		if text != s.Phrase && !slices.Contains(s.Aliases, text) {
			t.Errorf("%d: http.StatusText gives %q, which is neither the phrase %q nor an alias %q",
				code, text, s.Phrase, s.Aliases)
		}
	}
}

// The reverse direction: a Go constant the catalog lists must exist in
// net/http with the same value, so a typo cannot slip into completions.
func TestCatalogGoConstantsExistInNetHTTP(t *testing.T) {
	consts := netHTTPStatusConstants(t)
	for name, s := range knowledge.Default().Constants(knowledge.EcoGo) {
		v, ok := consts[name]
		switch {
		case !ok:
			t.Errorf("%d lists go constant %s, which net/http does not define", s.Code, name)
		case v != s.Code:
			t.Errorf("%d lists go constant %s, which net/http defines as %d", s.Code, name, v)
		}
	}
}
