// Package check is the engine of `httpstatus-lsp check`: it walks files and
// directories (honouring .gitignore and the settings' ignore globs), runs the
// recognizer and the rules on every supported file in parallel, optionally
// applies the safe fixes, and reports the findings as text, JSON or SARIF.
// It shares lsp/rules with the language server, so CI and the editor agree.
//
// Positions are 1-based. A column counts Unicode characters (code points)
// from the start of the line, so a finding after "é" is one column further,
// not two; each byte of invalid UTF-8 counts as one character. SARIF output
// says so with columnKind "unicodeCodePoints".
package check

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"httpstatus-lsp/knowledge"
	"httpstatus-lsp/lsp/rules"
	"httpstatus-lsp/lsp/scan"
	"httpstatus-lsp/lsp/settings"
)

// MaxFileSize is the largest file checked; larger ones are skipped with a note.
const MaxFileSize = 5 << 20

// Exit codes.
const (
	ExitClean    = 0 // no warning or error
	ExitFindings = 1 // at least one warning or error
	ExitTrouble  = 2 // usage or I/O error
)

// Options control a run.
type Options struct {
	Format  string    // "text" (default), "json" or "sarif"
	Fix     bool      // apply the safe fixes in place
	Config  string    // settings file to use instead of the .httpstatus.toml found by walking up
	Stdout  io.Writer //
	Stderr  io.Writer //
	Workers int       // parallel workers; 0 means one per CPU
	BaseDir string    // directory SARIF URIs are relative to; "" is the working directory
}

// Result is one finding, positioned for people.
type Result struct {
	Path     string         `json:"path"`
	Line     int            `json:"line"`
	Column   int            `json:"column"`
	Severity rules.Severity `json:"-"`
	Level    string         `json:"severity"`
	Rule     string         `json:"code"`
	Message  string         `json:"message"`
	Href     string         `json:"-"`
	abs      string
}

// FixReport says what --fix changed in one file.
type FixReport struct {
	Path   string
	Titles []string
}

// Report is the outcome of a run before it is printed.
type Report struct {
	Results []Result
	Fixed   []FixReport
	Files   int  // files checked
	Trouble bool // an I/O or settings-file error happened
}

type job struct {
	abs, display string
	lang         scan.Language
}

// Run checks paths, prints the report and returns the exit code.
func Run(paths []string, opts Options) int {
	if opts.Stdout == nil {
		opts.Stdout = io.Discard
	}
	if opts.Stderr == nil {
		opts.Stderr = io.Discard
	}
	switch opts.Format {
	case "":
		opts.Format = "text"
	case "text", "json", "sarif":
	default:
		fmt.Fprintf(opts.Stderr, "httpstatus-lsp check: unknown format %q: use text, json or sarif\n", opts.Format)
		return ExitTrouble
	}
	if len(paths) == 0 {
		fmt.Fprintln(opts.Stderr, "httpstatus-lsp check: no PATH given")
		return ExitTrouble
	}
	rep := Collect(paths, opts)
	var err error
	switch opts.Format {
	case "json":
		err = writeJSON(opts.Stdout, rep.Results)
	case "sarif":
		err = writeSARIF(opts.Stdout, rep.Results, opts.BaseDir)
	default:
		err = writeText(opts.Stdout, rep.Results)
	}
	if err != nil {
		fmt.Fprintf(opts.Stderr, "httpstatus-lsp check: %v\n", err)
		return ExitTrouble
	}
	counts := map[rules.Severity]int{}
	for _, r := range rep.Results {
		counts[r.Severity]++
	}
	notes := counts[rules.Information] + counts[rules.Hint]
	fmt.Fprintf(opts.Stderr, "httpstatus-lsp check: %d %s checked: %d %s, %d %s, %d %s\n",
		rep.Files, plural(rep.Files, "file", "files"),
		counts[rules.Error], plural(counts[rules.Error], "error", "errors"),
		counts[rules.Warning], plural(counts[rules.Warning], "warning", "warnings"),
		notes, plural(notes, "note", "notes"))
	if rep.Trouble {
		return ExitTrouble
	}
	for _, r := range rep.Results {
		if r.Severity == rules.Error || r.Severity == rules.Warning {
			return ExitFindings
		}
	}
	return ExitClean
}

// Collect walks the paths and checks every file (fixing it first with
// opts.Fix); notes and errors go to opts.Stderr, fix reports to opts.Stdout
// for text output and to opts.Stderr otherwise.
func Collect(paths []string, opts Options) Report {
	if opts.Stderr == nil {
		opts.Stderr = io.Discard
	}
	if opts.Stdout == nil {
		opts.Stdout = io.Discard
	}
	var rep Report
	note := func(format string, args ...any) {
		fmt.Fprintf(opts.Stderr, "httpstatus-lsp check: "+format+"\n", args...)
	}

	sets := newSettingsSource(opts.Config, note)
	if sets.broken {
		rep.Trouble = true
	}
	jobs := walk(paths, sets, note, &rep)

	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	catalog := knowledge.Default()
	type outcome struct {
		results []Result
		fixed   *FixReport
		err     error
	}
	outs := make([]outcome, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				j := jobs[i]
				st := sets.forFile(j.abs)
				res, fixed, err := checkFile(j, &st, catalog, opts.Fix)
				outs[i] = outcome{res, fixed, err}
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()

	fixOut := opts.Stderr
	if opts.Format == "" || opts.Format == "text" {
		fixOut = opts.Stdout
	}
	for i, o := range outs {
		if o.err != nil {
			note("%s: %v", jobs[i].display, o.err)
			var skipped errSkipped
			if !errors.As(o.err, &skipped) {
				rep.Trouble = true
			}
			continue
		}
		rep.Files++
		rep.Results = append(rep.Results, o.results...)
		if o.fixed != nil {
			rep.Fixed = append(rep.Fixed, *o.fixed)
			fmt.Fprintf(fixOut, "fixed %s: %s\n", o.fixed.Path, strings.Join(o.fixed.Titles, "; "))
		}
	}
	sortResults(rep.Results)
	return rep
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func sortResults(rs []Result) {
	sort.SliceStable(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		switch {
		case a.Path != b.Path:
			return a.Path < b.Path
		case a.Line != b.Line:
			return a.Line < b.Line
		case a.Column != b.Column:
			return a.Column < b.Column
		case a.Rule != b.Rule:
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
}

// walk turns the PATH arguments into the list of files to check. A named
// file is checked even when .gitignore would skip it; a directory is walked
// recursively, skipping .git, what .gitignore ignores, what the settings'
// ignore globs name, files of unknown type, and binary or huge files.
func walk(paths []string, sets *settingsSource, note func(string, ...any), rep *Report) []job {
	var jobs []job
	seen := map[string]bool{}
	ig := newIgnorer()
	add := func(abs, display string, size int64, explicit bool) {
		if seen[abs] {
			return
		}
		lang := scan.LanguageForPath(abs)
		if lang == scan.Unknown {
			if explicit {
				note("%s: skipped: not a file type httpstatus-lsp reads", display)
			}
			return
		}
		st := sets.forFile(abs)
		if st.Ignored(abs) || !st.LanguageEnabled(string(lang)) {
			return
		}
		if size > MaxFileSize {
			note("%s: skipped: larger than %d MB", display, MaxFileSize>>20)
			return
		}
		seen[abs] = true
		jobs = append(jobs, job{abs: abs, display: display, lang: lang})
	}
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			note("%s: %v", p, err)
			rep.Trouble = true
			continue
		}
		fi, err := os.Stat(abs)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				note("%s: no such file or directory", p)
			} else {
				note("%s: %v", p, err)
			}
			rep.Trouble = true
			continue
		}
		if !fi.IsDir() {
			if !fi.Mode().IsRegular() {
				note("%s: skipped: not a regular file", p)
				continue
			}
			add(abs, filepath.Clean(p), fi.Size(), true)
			continue
		}
		ig.addRoot(abs)
		err = filepath.WalkDir(abs, func(path string, d fs.DirEntry, err error) error {
			rel, _ := filepath.Rel(abs, path)
			display := filepath.Join(p, rel)
			if err != nil {
				note("%s: %v", display, err)
				rep.Trouble = true
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path == abs {
					return nil
				}
				if d.Name() == ".git" || ig.ignored(abs, path, true) {
					return fs.SkipDir
				}
				if st := sets.forFile(filepath.Join(path, "x")); st.Ignored(path) {
					return fs.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() || ig.ignored(abs, path, false) {
				return nil
			}
			if scan.LanguageForPath(path) == scan.Unknown {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				note("%s: %v", display, err)
				rep.Trouble = true
				return nil
			}
			add(path, display, info.Size(), false)
			return nil
		})
		if err != nil {
			note("%s: %v", p, err)
			rep.Trouble = true
		}
	}
	return jobs
}

// errSkipped marks a file that is not checked, with the reason as a note.
type errSkipped struct{ reason string }

func (e errSkipped) Error() string { return e.reason }

// checkFile reads, (fixes) and checks one file.
func checkFile(j job, st *settings.Settings, catalog *knowledge.Catalog, fix bool) ([]Result, *FixReport, error) {
	src, err := os.ReadFile(j.abs)
	if err != nil {
		return nil, nil, err
	}
	if len(src) > MaxFileSize {
		return nil, nil, errSkipped{fmt.Sprintf("skipped: larger than %d MB", MaxFileSize>>20)}
	}
	probe := src
	if len(probe) > 8000 {
		probe = probe[:8000]
	}
	if bytes.IndexByte(probe, 0) >= 0 {
		return nil, nil, errSkipped{"skipped: binary file (NUL byte)"}
	}
	in := rules.Input{Src: src, Lang: j.lang, Settings: st, Catalog: catalog}
	findings := rules.Check(in)
	var report *FixReport
	if fix {
		edits, titles := rules.FixAll(in, findings)
		if len(edits) > 0 {
			fixed := rules.Apply(src, edits)
			if err := writeAtomic(j.abs, fixed); err != nil {
				return nil, nil, fmt.Errorf("cannot write the fixes: %w", err)
			}
			report = &FixReport{Path: j.display, Titles: titles}
			src = fixed
			in = rules.Input{Src: src, Lang: j.lang, Settings: st, Catalog: catalog}
			findings = rules.Check(in)
		}
	}
	return toResults(j, src, findings), report, nil
}

func toResults(j job, src []byte, fs []rules.Finding) []Result {
	out := make([]Result, 0, len(fs))
	line, lineStart, pos := 1, 0, 0
	for _, f := range fs { // findings are sorted by offset
		for ; pos < f.Start && pos < len(src); pos++ {
			if src[pos] == '\n' {
				line++
				lineStart = pos + 1
			}
		}
		col := utf8.RuneCount(src[lineStart:min(f.Start, len(src))]) + 1
		out = append(out, Result{
			Path: j.display, Line: line, Column: col,
			Severity: f.Severity, Level: f.Severity.String(),
			Rule: f.Rule, Message: f.Message, Href: f.Href, abs: j.abs,
		})
	}
	return out
}

// writeAtomic replaces path's content: a temporary file in the same
// directory, with the original's permissions, synced and renamed over it.
func writeAtomic(path string, data []byte) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".httpstatus-*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(name)
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if err := tmp.Chmod(fi.Mode().Perm()); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(name, path); err != nil {
		return err
	}
	ok = true
	return nil
}

// settingsSource gives each file its settings: the one --config file, or the
// .httpstatus.toml found by walking up from the file. Problems in a settings
// file are reported once; the defaults stay in force for what is invalid.
type settingsSource struct {
	fixed    *settings.Settings
	cache    *settings.Cache
	broken   bool
	mu       sync.Mutex
	reported map[string]bool
	note     func(string, ...any)
}

func newSettingsSource(config string, note func(string, ...any)) *settingsSource {
	ss := &settingsSource{cache: settings.NewCache(), reported: map[string]bool{}, note: note}
	if config != "" {
		if _, err := os.Stat(config); err != nil {
			note("--config %s: %v", config, err)
			ss.broken = true
		}
		st, errs := settings.Load(config)
		for _, e := range errs {
			note("%v", e)
		}
		merged := settings.Merge(settings.Defaults(), st)
		ss.fixed = &merged
	}
	return ss
}

func (ss *settingsSource) forFile(abs string) settings.Settings {
	if ss.fixed != nil {
		return *ss.fixed
	}
	st, errs := ss.cache.ForFile(abs, settings.Defaults())
	if len(errs) > 0 {
		ss.mu.Lock()
		for _, e := range errs {
			if msg := e.Error(); !ss.reported[msg] {
				ss.reported[msg] = true
				ss.note("%s", msg)
			}
		}
		ss.mu.Unlock()
	}
	return st
}
