package lsp

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"httpstatus-lsp/lsp/scan"
	"httpstatus-lsp/lsp/settings"
)

// Golden tests: txtar-style files under testdata/<feature>/. The first file
// is the source (its name gives the language), with ‸ marking the cursor for
// completion; `want` holds the expected result and `apply LABEL` the text
// after choosing an item.

type archive struct {
	comment string
	files   []archiveFile
}

type archiveFile struct {
	name, data string
}

// parseArchive reads the txtar format: `-- name --` lines start files.
func parseArchive(data string) archive {
	var a archive
	cur := -1
	for _, line := range strings.SplitAfter(data, "\n") {
		trimmed := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) >= 6 {
			a.files = append(a.files, archiveFile{name: strings.TrimSpace(trimmed[3 : len(trimmed)-3])})
			cur = len(a.files) - 1
			continue
		}
		if cur < 0 {
			a.comment += line
		} else {
			a.files[cur].data += line
		}
	}
	return a
}

func (a archive) file(name string) (string, bool) {
	for _, f := range a.files {
		if f.name == name {
			return f.data, true
		}
	}
	return "", false
}

func goldenFiles(t *testing.T, feature string) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("testdata", feature, "*.txtar"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no golden files for %s: %v", feature, err)
	}
	sort.Strings(names)
	return names
}

func TestCompletionGolden(t *testing.T) {
	for _, path := range goldenFiles(t, "completion") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := parseArchive(string(raw))
			if len(a.files) < 2 {
				t.Fatal("want a source file and a want section")
			}
			src := a.files[0]
			lang := scan.LanguageForPath(src.name)
			s := featureServer(t)
			d, off := openMarked(t, s, "file:///golden/"+src.name, lang, src.data)
			items := s.complete(d, off)
			// What the user sees: the client keeps the items whose filter
			// text starts with the word typed so far.
			start := off
			for start > 0 && isIdentByte(d.text[start-1]) {
				start--
			}
			typed := strings.ToLower(string(d.text[start:off]))
			var shown []protocol.CompletionItem
			for _, it := range items {
				ft, ok := it.FilterText.Get()
				if !ok {
					ft = it.Label
				}
				if strings.HasPrefix(strings.ToLower(ft), typed) {
					shown = append(shown, it)
				}
			}
			got := bySortText(shown)

			wantText, _ := a.file("want")
			want := strings.Split(strings.TrimRight(wantText, "\n"), "\n")
			if wantText == "" {
				want = nil
			}
			open := len(want) > 0 && want[len(want)-1] == "..."
			if open {
				want = want[:len(want)-1]
				if len(got) > len(want) {
					got = got[:len(want)]
				}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("labels in order:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			for _, f := range a.files[1:] {
				label, ok := strings.CutPrefix(f.name, "apply ")
				if !ok {
					continue
				}
				it, found := find(items, label)
				if !found {
					t.Errorf("no item %q to apply", label)
					continue
				}
				if after := applyItem(t, s, d, it); after != f.data {
					t.Errorf("after applying %q:\n%s\nwant:\n%s", label, after, f.data)
				}
			}
		})
	}
}

func TestInlayHintGolden(t *testing.T) {
	for _, path := range goldenFiles(t, "inlayhint") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := parseArchive(string(raw))
			src := a.files[0]
			want, ok := a.file("want")
			if !ok {
				t.Fatal("no want section")
			}
			s := featureServer(t)
			d := newDocument("file:///golden/"+src.name, "", 1, []byte(src.data))
			hints := s.inlayHints(d, 0, len(d.text), settings.Defaults())
			// Render the hints into the text, «label» at each position.
			var b strings.Builder
			last := 0
			for _, h := range hints {
				off, _ := d.lines.Offset(d.text, h.Position.Line, h.Position.Character, s.encoding)
				b.Write(d.text[last:off])
				b.WriteString("«" + hintsOf([]protocol.InlayHint{h})[0].label + "»")
				last = off
			}
			b.Write(d.text[last:])
			if got := b.String(); got != want {
				t.Errorf("hints:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
