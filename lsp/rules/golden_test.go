package rules

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"httpstatus-lsp/lsp/scan"
	"httpstatus-lsp/lsp/settings"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ with the current results")

// archive is a txtar-style file: a comment, then sections "-- name --".
type archive struct {
	comment string
	files   []archiveFile
}

type archiveFile struct {
	name string
	data string
}

func parseArchive(text string) archive {
	var a archive
	cur := -1
	var b strings.Builder
	flush := func() {
		if cur < 0 {
			a.comment = b.String()
		} else {
			a.files[cur].data = b.String()
		}
		b.Reset()
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		trimmed := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			flush()
			a.files = append(a.files, archiveFile{name: strings.TrimSpace(trimmed[3 : len(trimmed)-3])})
			cur = len(a.files) - 1
			continue
		}
		b.WriteString(line)
	}
	flush()
	return a
}

func (a archive) format() string {
	var b strings.Builder
	b.WriteString(a.comment)
	for _, f := range a.files {
		fmt.Fprintf(&b, "-- %s --\n%s", f.name, f.data)
		if f.data != "" && !strings.HasSuffix(f.data, "\n") {
			b.WriteString("\n")
		}
	}
	return b.String()
}

func (a archive) get(name string) (string, bool) {
	for _, f := range a.files {
		if f.name == name {
			return f.data, true
		}
	}
	return "", false
}

func (a *archive) set(name, data string) {
	for i := range a.files {
		if a.files[i].name == name {
			a.files[i].data = data
			return
		}
	}
	a.files = append(a.files, archiveFile{name: name, data: data})
}

// position is the 1-based line and column (in characters) of a byte offset.
func position(src []byte, off int) (int, int) {
	line := bytes.Count(src[:off], []byte("\n")) + 1
	ls := bytes.LastIndexByte(src[:off], '\n') + 1
	return line, utf8.RuneCount(src[ls:off]) + 1
}

// TestGolden runs the rules over each testdata/*.txtar archive: its source
// section (named by its file extension) under the optional settings.toml,
// and compares the findings (line:col severity rule: message [token]) and,
// when the archive has a "fixed" section, the text after fix-all.
func TestGolden(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if len(paths) == 0 {
		t.Fatal("no golden files")
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := parseArchive(string(raw))
			cfg := settings.Defaults()
			if toml, ok := a.get("settings.toml"); ok {
				st, errs := settings.ParseTOML([]byte(toml), "settings.toml")
				if len(errs) > 0 {
					t.Fatalf("settings: %v", errs)
				}
				cfg = settings.Merge(cfg, st)
			}
			var srcName, src string
			for _, f := range a.files {
				if scan.LanguageForPath(f.name) != scan.Unknown {
					srcName, src = f.name, f.data
					break
				}
			}
			if srcName == "" {
				t.Fatal("no source section")
			}
			in := Input{Src: []byte(src), Lang: scan.LanguageForPath(srcName), Settings: &cfg}
			fs := Check(in)
			var b strings.Builder
			for _, f := range fs {
				l, c := position(in.Src, f.Start)
				fmt.Fprintf(&b, "%d:%d %s %s: %s [%s]\n", l, c, f.Severity, f.Rule, f.Message, src[f.Start:f.End])
			}
			got := b.String()
			var gotFixed string
			_, hasFixed := a.get("fixed")
			if hasFixed {
				edits, _ := FixAll(in, fs)
				gotFixed = string(Apply(in.Src, edits))
			}
			if *update {
				a.set("findings", got)
				if hasFixed {
					a.set("fixed", gotFixed)
				}
				if err := os.WriteFile(path, []byte(a.format()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, _ := a.get("findings")
			if got != want {
				t.Errorf("findings:\n%s\nwant:\n%s", got, want)
			}
			if wantFixed, ok := a.get("fixed"); ok && gotFixed != wantFixed {
				t.Errorf("after fix-all:\n%s\nwant:\n%s", gotFixed, wantFixed)
			}
		})
	}
}
