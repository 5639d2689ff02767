package scan

// The corpus test measures the recognizer against hand-labelled files.
//
// Layout: testdata/corpus/<language id>/<any name>, where the folder name is a
// Language id ("go", "javascript", "yaml", ...). Inside a file:
//
//	«404»                 a positive: Scan must report exactly this token
//	http.«StatusNotFound» (for constants, mark the last name only)
//	‹404›                 a labelled negative: Scan must not report it
//
// The markers are removed before scanning and the expected ranges computed in
// the stripped text. Every reported occurrence that is not exactly a positive
// (same Start and End, and for a digit token the same Code) is a false
// positive, whether the spot is labelled negative or not; every positive not
// reported is a false negative. Markers cannot nest or span lines.
//
// Run a single language while writing its corpus with
//
//	go test ./lsp/scan -run TestCorpus -v -corpus.lang=yaml
//
// (the overall size and negative-share checks are skipped then).

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const (
	corpusDir = "testdata/corpus"

	minCorpusItems    = 400  // labelled items (positives + negatives) over all languages
	minNegativeShare  = 0.30 // negatives / labelled items over all languages
	minPrecision      = 0.98 // overall
	minRecall         = 0.95 // overall
	minLangPrecision  = 0.90 // per language that has labelled items
	minLangRecall     = 0.90 // per language that has positives
	posOpen, posClose = "«", "»"
	negOpen, negClose = "‹", "›"
)

var corpusLang = flag.String("corpus.lang", "", "only measure this corpus language folder (skips the corpus size checks)")

// label is one marked span of a corpus file, in stripped-text byte offsets.
type label struct {
	start, end int
	negative   bool
	line       int
}

// stripMarkers removes the corpus markers from src and returns the text the
// scanner sees plus the labels. Malformed markup (nesting, an unclosed or
// stray marker, a marker spanning a line break, an empty label) is an error.
func stripMarkers(src []byte) ([]byte, []label, error) {
	out := make([]byte, 0, len(src))
	var labels []label
	line := 1
	open := -1 // index into labels of the currently open marker, or -1
	for i := 0; i < len(src); {
		rest := src[i:]
		switch {
		case bytes.HasPrefix(rest, []byte(posOpen)), bytes.HasPrefix(rest, []byte(negOpen)):
			neg := bytes.HasPrefix(rest, []byte(negOpen))
			if open >= 0 {
				return nil, nil, fmt.Errorf("line %d: marker opened inside another one (opened on line %d)", line, labels[open].line)
			}
			labels = append(labels, label{start: len(out), negative: neg, line: line})
			open = len(labels) - 1
			if neg {
				i += len(negOpen)
			} else {
				i += len(posOpen)
			}
		case bytes.HasPrefix(rest, []byte(posClose)), bytes.HasPrefix(rest, []byte(negClose)):
			neg := bytes.HasPrefix(rest, []byte(negClose))
			if open < 0 {
				return nil, nil, fmt.Errorf("line %d: closing marker without an opening one", line)
			}
			l := &labels[open]
			if l.negative != neg {
				return nil, nil, fmt.Errorf("line %d: marker opened as %s closed as %s", line, kindWord(l.negative), kindWord(neg))
			}
			l.end = len(out)
			if l.end == l.start {
				return nil, nil, fmt.Errorf("line %d: empty label", line)
			}
			open = -1
			if neg {
				i += len(negClose)
			} else {
				i += len(posClose)
			}
		default:
			if src[i] == '\n' {
				if open >= 0 {
					return nil, nil, fmt.Errorf("line %d: marker not closed on its line", labels[open].line)
				}
				line++
			}
			out = append(out, src[i])
			i++
		}
	}
	if open >= 0 {
		return nil, nil, fmt.Errorf("line %d: marker never closed", labels[open].line)
	}
	return out, labels, nil
}

func kindWord(negative bool) string {
	if negative {
		return "negative"
	}
	return "positive"
}

// corpusStats is the tally of one language (or of all).
type corpusStats struct {
	files, items, negatives, tp, fp, fn int
}

func (s *corpusStats) add(o corpusStats) {
	s.files += o.files
	s.items += o.items
	s.negatives += o.negatives
	s.tp += o.tp
	s.fp += o.fp
	s.fn += o.fn
}

// precision is 1 when nothing was reported; recall is 1 when nothing was expected.
func (s corpusStats) precision() float64 {
	if s.tp+s.fp == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fp)
}

func (s corpusStats) recall() float64 {
	if s.tp+s.fn == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fn)
}

// lineOf returns the 1-based line of byte offset off in text.
func lineOf(text []byte, off int) int {
	if off > len(text) {
		off = len(text)
	}
	return bytes.Count(text[:off], []byte{'\n'}) + 1
}

// measureFile scans one stripped corpus file and returns its tally and a
// description of every mistake.
func measureFile(name string, text []byte, labels []label, lang Language) (corpusStats, []string) {
	var st corpusStats
	st.files = 1
	positives := map[[2]int]label{}
	negatives := map[[2]int]bool{}
	for _, l := range labels {
		st.items++
		if l.negative {
			st.negatives++
			negatives[[2]int{l.start, l.end}] = true
		} else {
			positives[[2]int{l.start, l.end}] = l
		}
	}
	var problems []string
	found := map[[2]int]bool{}
	for _, o := range Scan(text, lang) {
		key := [2]int{o.Start, o.End}
		tok := "?"
		if o.Start >= 0 && o.End <= len(text) && o.Start <= o.End {
			tok = string(text[o.Start:o.End])
		}
		l, isPos := positives[key]
		switch {
		case isPos && found[key]:
			st.fp++
			problems = append(problems, fmt.Sprintf("FP %s:%d: %q reported twice (context %q)", name, l.line, tok, o.Context))
		case isPos && !codeAgrees(tok, o):
			st.fp++
			problems = append(problems, fmt.Sprintf("FP %s:%d: %q reported with code %d (context %q)", name, l.line, tok, o.Code, o.Context))
		case isPos:
			st.tp++
			found[key] = true
		default:
			st.fp++
			what := "unlabelled"
			if negatives[key] {
				what = "labelled negative"
			}
			problems = append(problems, fmt.Sprintf("FP %s:%d: %q at %d-%d (%s; context %q, role %d)", name, lineOf(text, o.Start), tok, o.Start, o.End, what, o.Context, o.Role))
		}
	}
	for key, l := range positives {
		if !found[key] {
			st.fn++
			problems = append(problems, fmt.Sprintf("FN %s:%d: %q", name, l.line, text[l.start:l.end]))
		}
	}
	return st, problems
}

// codeAgrees checks the value of a digit token; constants are taken as reported.
func codeAgrees(tok string, o Occurrence) bool {
	if o.Kind != Literal {
		return true
	}
	n, err := strconv.Atoi(tok)
	if err != nil {
		return true // a literal token that is not plain digits: nothing to compare
	}
	return n == o.Code
}

func TestCorpus(t *testing.T) {
	dirs, err := os.ReadDir(corpusDir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatalf("reading the corpus: %v", err)
	}
	perLang := map[Language]*corpusStats{}
	var problems []string
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		lang := Language(d.Name())
		if LanguageForID(d.Name()) != lang || lang == Unknown {
			t.Errorf("corpus folder %q is not a language id", d.Name())
			continue
		}
		if *corpusLang != "" && d.Name() != *corpusLang {
			continue
		}
		st := &corpusStats{}
		perLang[lang] = st
		err := filepath.WalkDir(filepath.Join(corpusDir, d.Name()), func(path string, e os.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			rel := filepath.ToSlash(strings.TrimPrefix(path, corpusDir+string(filepath.Separator)))
			text, labels, err := stripMarkers(raw)
			if err != nil {
				t.Errorf("%s: %v", rel, err)
				return nil
			}
			fs, p := measureFile(rel, text, labels, lang)
			st.add(fs)
			problems = append(problems, p...)
			return nil
		})
		if err != nil {
			t.Errorf("walking %s: %v", d.Name(), err)
		}
	}

	langs := make([]string, 0, len(perLang))
	for l := range perLang {
		langs = append(langs, string(l))
	}
	sort.Strings(langs)
	var total corpusStats
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-11s %5s %6s %5s %5s %5s %5s %9s %7s\n", "language", "files", "items", "neg", "TP", "FP", "FN", "precision", "recall")
	row := func(name string, s corpusStats) {
		fmt.Fprintf(&b, "%-11s %5d %6d %5d %5d %5d %5d %9.3f %7.3f\n", name, s.files, s.items, s.negatives, s.tp, s.fp, s.fn, s.precision(), s.recall())
	}
	for _, l := range langs {
		s := *perLang[Language(l)]
		row(l, s)
		total.add(s)
	}
	row("ALL", total)
	t.Log(b.String())
	sort.Strings(problems)
	if len(problems) > 0 {
		t.Log("mistakes:\n" + strings.Join(problems, "\n"))
	}

	for _, l := range langs {
		s := *perLang[Language(l)]
		if s.items == 0 {
			continue
		}
		if p := s.precision(); p < minLangPrecision {
			t.Errorf("%s: precision %.3f below %.2f", l, p, minLangPrecision)
		}
		if r := s.recall(); r < minLangRecall {
			t.Errorf("%s: recall %.3f below %.2f", l, r, minLangRecall)
		}
	}
	if p := total.precision(); p < minPrecision {
		t.Errorf("overall precision %.3f below %.2f", p, minPrecision)
	}
	if r := total.recall(); r < minRecall {
		t.Errorf("overall recall %.3f below %.2f", r, minRecall)
	}
	if *corpusLang != "" {
		return
	}
	if total.items < minCorpusItems {
		t.Errorf("corpus has %d labelled items, want at least %d", total.items, minCorpusItems)
	}
	if total.items > 0 {
		if share := float64(total.negatives) / float64(total.items); share < minNegativeShare {
			t.Errorf("negatives are %.1f%% of labelled items, want at least %.0f%%", 100*share, 100*minNegativeShare)
		}
	}
}

func TestStripMarkers(t *testing.T) {
	text, labels, err := stripMarkers([]byte("a(«404»)\nb ‹8080› «StatusOK»"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(text), "a(404)\nb 8080 StatusOK"; got != want {
		t.Fatalf("stripped %q, want %q", got, want)
	}
	want := []label{{2, 5, false, 1}, {9, 13, true, 2}, {14, 22, false, 2}}
	if len(labels) != len(want) {
		t.Fatalf("labels %v, want %v", labels, want)
	}
	for i := range want {
		if labels[i] != want[i] {
			t.Errorf("label %d = %+v, want %+v", i, labels[i], want[i])
		}
	}
	for _, bad := range []string{"«404", "404»", "«4‹0›4»", "«40\n4»", "«»", "«404›"} {
		if _, _, err := stripMarkers([]byte(bad)); err == nil {
			t.Errorf("stripMarkers(%q) accepted malformed markup", bad)
		}
	}
}

func TestMeasureFile(t *testing.T) {
	// Register a toy scanner for a language no real recognizer uses, so the
	// tally logic is checked independently of the recognizers' progress.
	const toy Language = "toy-corpus-test"
	scanners[toy] = func(src []byte) []Occurrence {
		var occ []Occurrence
		for i := 0; i+3 <= len(src); i++ {
			if bytes.HasPrefix(src[i:], []byte("404")) || bytes.HasPrefix(src[i:], []byte("500")) {
				n, _ := strconv.Atoi(string(src[i : i+3]))
				occ = append(occ, Occurrence{Start: i, End: i + 3, Code: n})
			}
		}
		return occ
	}
	defer delete(scanners, toy)
	text, labels, err := stripMarkers([]byte("«404» ‹500› «200» 404"))
	if err != nil {
		t.Fatal(err)
	}
	st, problems := measureFile("toy", text, labels, toy)
	want := corpusStats{files: 1, items: 3, negatives: 1, tp: 1, fp: 2, fn: 1}
	if st != want {
		t.Errorf("stats %+v, want %+v\n%s", st, want, strings.Join(problems, "\n"))
	}
	if len(problems) != 3 {
		t.Errorf("want 3 problems, got %q", problems)
	}
}
