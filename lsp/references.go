package lsp

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"httpstatus-lsp/lsp/scan"
)

// References and document highlights treat a status code as a symbol: every
// place that writes the same code, as a number or as any ecosystem's
// constant, refers to it. Range bounds (`>= 500`) are not the code itself
// and are left out unless the request starts on one.

func init() {
	features = append(features, feature{
		advertise: func(caps *protocol.ServerCapabilities) {
			caps.ReferencesProvider = protocol.Boolean(true)
			caps.DocumentHighlightProvider = protocol.Boolean(true)
		},
		initialize: func(s *Server, params *protocol.InitializeParams) {
			var roots []string
			if folders, ok := params.WorkspaceFolders.Get(); ok {
				for _, f := range folders {
					if p := uriPath(string(f.URI)); p != "" {
						roots = append(roots, p)
					}
				}
			}
			if len(roots) == 0 && params.RootURI != nil {
				if p := uriPath(string(*params.RootURI)); p != "" {
					roots = append(roots, p)
				}
			}
			workspaceRoots.Store(s, roots)
		},
	})
}

// workspaceRoots holds each server's workspace folders (file system paths).
var workspaceRoots sync.Map // *Server -> []string

// Limits of the workspace search behind references: it is a convenience on
// top of the open documents, so it gives up rather than keep the user waiting.
const (
	refsMaxFiles    = 20000
	refsMaxFileSize = 1 << 20
	refsMaxTime     = 2 * time.Second
)

// refsSkipDirs are directories that hold dependencies or build output.
var refsSkipDirs = map[string]bool{
	"node_modules": true, "vendor": true, "target": true, "dist": true, "build": true,
	"__pycache__": true, "venv": true, "bin": true, "obj": true,
}

// sameCode lists the occurrences of d that refer to the code of from.
func sameCode(d *document, from scan.Occurrence) []scan.Occurrence {
	var out []scan.Occurrence
	for _, o := range d.occurrences() {
		if o.Code != from.Code {
			continue
		}
		if o.Role == scan.RoleRange && !(o.Start == from.Start && o.End == from.End) {
			continue
		}
		out = append(out, o)
	}
	return out
}

// References lists the occurrences of the same code in every open document,
// ordered by document and position, then those in the other files of the
// workspace folders.
func (s *Server) References(ctx context.Context, params *protocol.ReferenceParams) ([]protocol.Location, error) {
	_, from, ok := s.occurrenceAt(string(params.TextDocument.URI), params.Position)
	if !ok {
		return nil, nil
	}
	docs := s.docs.all()
	sort.Slice(docs, func(i, j int) bool { return docs[i].uri < docs[j].uri })
	out := []protocol.Location{}
	open := map[string]bool{}
	for _, d := range docs {
		if p := uriPath(d.uri); p != "" {
			open[filepath.Clean(p)] = true
		}
		for _, o := range sameCode(d, from) {
			out = append(out, protocol.Location{URI: uri.URI(d.uri), Range: s.rangeOf(d, o.Start, o.End)})
		}
	}
	if v, ok := workspaceRoots.Load(s); ok {
		out = append(out, s.workspaceReferences(ctx, v.([]string), open, from)...)
	}
	return out, nil
}

// workspaceReferences scans the files of the workspace folders that are not
// open (skipping hidden and dependency directories, ignored paths, large
// files), within the limits above.
func (s *Server) workspaceReferences(ctx context.Context, roots []string, open map[string]bool, from scan.Occurrence) []protocol.Location {
	var out []protocol.Location
	deadline := time.Now().Add(refsMaxTime)
	files := 0
	for _, root := range roots {
		st := s.settingsFor(string(uri.File(filepath.Join(root, "x"))))
		_ = filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				if e != nil && e.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if ctx.Err() != nil || time.Now().After(deadline) || files >= refsMaxFiles {
				return fs.SkipAll
			}
			name := e.Name()
			if e.IsDir() {
				if path != root && (strings.HasPrefix(name, ".") || refsSkipDirs[name] || st.Ignored(path)) {
					return fs.SkipDir
				}
				return nil
			}
			lang := scan.LanguageForPath(name)
			if lang == scan.Unknown || !e.Type().IsRegular() || open[filepath.Clean(path)] || st.Ignored(path) {
				return nil
			}
			info, err := e.Info()
			if err != nil || info.Size() > refsMaxFileSize {
				return nil
			}
			files++
			text, err := os.ReadFile(path)
			if err != nil {
				return nil
			}
			d := &document{uri: string(uri.File(path)), lang: lang, text: text, lines: newLineIndex(text)}
			for _, o := range sameCode(d, from) {
				out = append(out, protocol.Location{URI: uri.URI(d.uri), Range: s.rangeOf(d, o.Start, o.End)})
			}
			return nil
		})
	}
	return out
}

// DocumentHighlight marks the occurrences of the same code in the document:
// Write where the code is set (a response status, an error or redirect
// code), Read where it is compared or bounds a range, Text where it is only
// mentioned.
func (s *Server) DocumentHighlight(ctx context.Context, params *protocol.DocumentHighlightParams) ([]protocol.DocumentHighlight, error) {
	d, from, ok := s.occurrenceAt(string(params.TextDocument.URI), params.Position)
	if !ok {
		return nil, nil
	}
	out := []protocol.DocumentHighlight{}
	for _, o := range sameCode(d, from) {
		out = append(out, protocol.DocumentHighlight{Range: s.rangeOf(d, o.Start, o.End), Kind: highlightKind(o.Role)})
	}
	return out, nil
}

func highlightKind(r scan.Role) protocol.DocumentHighlightKind {
	switch r {
	case scan.RoleStatus, scan.RoleError, scan.RoleRedirect:
		return protocol.DocumentHighlightKindWrite
	case scan.RoleCompare, scan.RoleRange:
		return protocol.DocumentHighlightKindRead
	}
	return protocol.DocumentHighlightKindText
}
