package settings

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// maxFileSize bounds what is read as a settings file; anything larger is
// reported, not parsed.
const maxFileSize = 1 << 20

// Find returns the nearest settings file at or above dir, or "".
func Find(dir string) string {
	if dir == "" {
		return ""
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, FileName)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load reads one settings file (as `check --config FILE` names it). Its
// ignore globs are relative to the file's directory. A file that cannot be
// read or parsed is reported and contributes nothing.
func Load(path string) (Settings, []error) {
	fi, err := os.Stat(path)
	if err != nil {
		return Settings{}, []error{&Problem{Source: path, Msg: "cannot read the settings file: " + err.Error()}}
	}
	if !fi.Mode().IsRegular() {
		return Settings{}, []error{&Problem{Source: path, Msg: "not a regular file"}}
	}
	if fi.Size() > maxFileSize {
		return Settings{}, []error{&Problem{Source: path, Msg: fmt.Sprintf("the file is larger than %d bytes and is ignored", maxFileSize)}}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Settings{}, []error{&Problem{Source: path, Msg: "cannot read the settings file: " + err.Error()}}
	}
	s, errs := ParseTOML(data, path)
	if abs, err := filepath.Abs(path); err == nil {
		s.Root = filepath.Dir(abs)
	} else {
		s.Root = filepath.Dir(path)
	}
	return s, errs
}

// Cache remembers, per directory, which settings file applies and, per file,
// what it said. A file is parsed again when its modification time or size
// changes; the walk up from a directory is repeated after Recheck, so a file
// created or deleted later is noticed.
type Cache struct {
	Recheck time.Duration // how long a directory's walk result is trusted

	mu    sync.Mutex
	dirs  map[string]dirEntry
	files map[string]*fileEntry
}

type dirEntry struct {
	file    string // settings file that applies, "" for none
	checked time.Time
}

type fileEntry struct {
	mod  time.Time
	size int64
	s    Settings
	errs []error
}

// NewCache returns an empty cache that re-walks directories every 2 seconds.
func NewCache() *Cache { return &Cache{Recheck: 2 * time.Second} }

var defaultCache = NewCache()

// ForFile is the effective settings for the file at path: the editor's
// settings combined with the repository file found by walking up from it
// (see Combine). The errors are those of the repository file; the same
// slice is returned until the file changes, so callers can report each
// problem once.
func ForFile(path string, editor Settings) (Settings, []error) {
	return defaultCache.ForFile(path, editor)
}

// ForFile is like the package-level ForFile, with this cache.
func (c *Cache) ForFile(path string, editor Settings) (Settings, []error) {
	file, errs := c.File(path)
	return Combine(editor, file), errs
}

// File returns what the repository file that applies to path says (empty
// settings when there is none) and its problems.
func (c *Cache) File(path string) (Settings, []error) {
	if path == "" {
		return Settings{}, nil
	}
	dir := filepath.Dir(path)
	now := time.Now()
	c.mu.Lock()
	if c.dirs == nil {
		c.dirs = map[string]dirEntry{}
		c.files = map[string]*fileEntry{}
	}
	d, ok := c.dirs[dir]
	c.mu.Unlock()
	if !ok || now.Sub(d.checked) > c.Recheck {
		d = dirEntry{file: Find(dir), checked: now}
		c.mu.Lock()
		c.dirs[dir] = d
		c.mu.Unlock()
	}
	if d.file == "" {
		return Settings{}, nil
	}
	fi, err := os.Stat(d.file)
	if err != nil {
		// Gone since the walk: look again next time.
		c.mu.Lock()
		delete(c.dirs, dir)
		c.mu.Unlock()
		return Settings{}, nil
	}
	c.mu.Lock()
	f := c.files[d.file]
	c.mu.Unlock()
	if f != nil && f.mod.Equal(fi.ModTime()) && f.size == fi.Size() {
		return f.s, f.errs
	}
	s, errs := Load(d.file)
	f = &fileEntry{mod: fi.ModTime(), size: fi.Size(), s: s, errs: errs}
	c.mu.Lock()
	c.files[d.file] = f
	c.mu.Unlock()
	return f.s, f.errs
}

// Forget drops everything cached (after the client says files changed).
func (c *Cache) Forget() {
	c.mu.Lock()
	c.dirs = nil
	c.files = nil
	c.mu.Unlock()
}

// Forget drops the package cache.
func Forget() { defaultCache.Forget() }
