package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
	"go.uber.org/zap"

	"httpstatus-lsp/lsp/settings"
)

// Settings reach the server from three places (see CONTRACT.md, Settings):
// initializationOptions at initialize, workspace/didChangeConfiguration (or,
// when the client supports it, a workspace/configuration pull for the
// section "httpstatus"), and the repository file .httpstatus.toml that
// settings.ForFile finds by walking up from each document. settingsFor is
// what every feature asks.

// configSection is the section the server pulls and the key it looks for in
// pushed settings.
const configSection = "httpstatus"

// pullDelay is how long after initialize the first workspace/configuration
// pull waits, so the request cannot overtake the initialize response.
const pullDelay = 100 * time.Millisecond

// config is one server's editor settings.
type config struct {
	mu       sync.Mutex
	init     settings.Settings // from initializationOptions
	change   settings.Settings // from didChangeConfiguration or the pull
	editor   settings.Settings // init < change
	canPull  bool              // the client answers workspace/configuration
	canHints bool              // the client supports workspace/inlayHint/refresh
	canWatch bool              // the client registers file watchers on request
	reported map[string]bool   // problems already shown to the user
}

// configs holds each server's config (the Server struct belongs to the core;
// features keep their state beside it).
var configs sync.Map // *Server -> *config

func (s *Server) config() *config {
	if v, ok := configs.Load(s); ok {
		return v.(*config)
	}
	v, _ := configs.LoadOrStore(s, &config{reported: map[string]bool{}})
	return v.(*config)
}

func init() {
	features = append(features, feature{
		advertise:  func(caps *protocol.ServerCapabilities) {},
		initialize: (*Server).initConfig,
	})
}

// initConfig reads initializationOptions and what the client can do; when
// the client can be asked for its settings, it is asked once the initialize
// response is out.
func (s *Server) initConfig(params *protocol.InitializeParams) {
	c := s.config()
	opts, errs := settings.ParseJSON(params.InitializationOptions, "initializationOptions")
	c.mu.Lock()
	c.init = opts
	c.editor = settings.Merge(opts, c.change)
	if ws := params.Capabilities.Workspace; ws != nil {
		c.canPull = ws.Configuration != nil && *ws.Configuration
		c.canHints = ws.InlayHint != nil && ws.InlayHint.RefreshSupport != nil && *ws.InlayHint.RefreshSupport
		w := ws.DidChangeWatchedFiles
		c.canWatch = w != nil && w.DynamicRegistration != nil && *w.DynamicRegistration
	}
	canPull, canWatch := c.canPull, c.canWatch
	c.mu.Unlock()
	s.reportSettingsProblems(errs)
	if canPull || canWatch {
		go func() {
			time.Sleep(pullDelay)
			if s.state.Load() != stateInitialized {
				return
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if canWatch {
				s.watchSettingsFiles(ctx)
			}
			if canPull {
				s.pullSettings(ctx)
			}
		}()
	}
}

// settingsWatchID names the registration of the settings file watcher.
const settingsWatchID = "httpstatus-settings-file"

// watchSettingsFiles asks the client to report changes of .httpstatus.toml.
func (s *Server) watchSettingsFiles(ctx context.Context) {
	if s.client == nil {
		return
	}
	opts, _ := json.Marshal(map[string]any{"watchers": []map[string]any{{"globPattern": "**/" + settings.FileName}}})
	err := s.client.RegisterCapability(ctx, &protocol.RegistrationParams{Registrations: []protocol.Registration{{
		ID: settingsWatchID, Method: protocol.MethodWorkspaceDidChangeWatchedFiles, RegisterOptions: opts,
	}}})
	if err != nil {
		s.log.Debug("registering the settings file watcher failed", zap.Error(err))
	}
}

// DidChangeWatchedFiles: a settings file was created, changed or deleted, so
// every open document's settings are read again (and problems in the new
// text reported).
func (s *Server) DidChangeWatchedFiles(ctx context.Context, params *protocol.DidChangeWatchedFilesParams) error {
	for _, ch := range params.Changes {
		if strings.HasSuffix(string(ch.URI), "/"+settings.FileName) {
			settings.Forget()
			c := s.config()
			c.mu.Lock()
			c.reported = map[string]bool{}
			canHints := c.canHints
			c.mu.Unlock()
			s.settingsChanged(canHints)
			return nil
		}
	}
	return nil
}

// DidChangeConfiguration takes the pushed settings (settings.httpstatus, or
// the object itself); a client that supports the pull is asked instead,
// since many clients push null and expect the server to pull.
func (s *Server) DidChangeConfiguration(ctx context.Context, params *protocol.DidChangeConfigurationParams) error {
	c := s.config()
	c.mu.Lock()
	canPull := c.canPull
	c.mu.Unlock()
	raw := []byte(params.Settings)
	if canPull && isEmptySettings(raw) {
		// A call back to the client from inside a handler must release the
		// read loop first, or the reply could never be read.
		jsonrpc2.Async(ctx)
		s.pullSettings(ctx)
		return nil
	}
	st, errs := settings.ParseJSON(raw, "workspace/didChangeConfiguration")
	s.reportSettingsProblems(errs)
	s.setChanged(st)
	return nil
}

// isEmptySettings: a push that carries nothing of ours.
func isEmptySettings(raw []byte) bool {
	st, errs := settings.ParseJSON(raw, "")
	return len(errs) == 0 && reflect.DeepEqual(st, settings.Settings{})
}

// pullSettings asks the client for the "httpstatus" section.
func (s *Server) pullSettings(ctx context.Context) {
	if s.client == nil {
		return
	}
	section := configSection
	res, err := s.client.Configuration(ctx, &protocol.ConfigurationParams{Items: []protocol.ConfigurationItem{{Section: &section}}})
	if err != nil {
		s.log.Debug("workspace/configuration failed", zap.Error(err))
		return
	}
	if len(res) == 0 {
		return
	}
	// The answer is the section's value itself; settings.ParseJSON also
	// accepts it wrapped as {"httpstatus": ...}.
	st, errs := settings.ParseJSON([]byte(res[0]), "workspace/configuration")
	s.reportSettingsProblems(errs)
	s.setChanged(st)
}

// setChanged installs new editor settings and, when they differ from the
// ones in force, recomputes what depends on them.
func (s *Server) setChanged(st settings.Settings) {
	c := s.config()
	c.mu.Lock()
	c.change = st
	next := settings.Merge(c.init, st)
	changed := !reflect.DeepEqual(next, c.editor)
	c.editor = next
	canHints := c.canHints
	c.mu.Unlock()
	if changed {
		s.settingsChanged(canHints)
	}
}

// settingsChanged re-publishes diagnostics of every open document and asks
// the client to refresh inlay hints.
func (s *Server) settingsChanged(refreshHints bool) {
	s.refreshDiagnostics()
	if refreshHints && s.client != nil {
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := s.client.InlayHintRefresh(ctx); err != nil {
				s.log.Debug("inlayHint/refresh failed", zap.Error(err))
			}
		}()
	}
}

// editorSettings are the editor's settings (initializationOptions <
// didChangeConfiguration), without any repository file.
func (s *Server) editorSettings() settings.Settings {
	c := s.config()
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.editor
}

// settingsFor is the effective settings of a document: defaults <
// initializationOptions < didChangeConfiguration < the repository file found
// above it (which wins for rules, codes, style and ignore). Problems in the
// repository file are shown to the user once per change of the file.
func (s *Server) settingsFor(docURI string) settings.Settings {
	editor := s.editorSettings()
	path := uriPath(docURI)
	if path == "" {
		return settings.Combine(editor, settings.Settings{})
	}
	st, errs := settings.ForFile(path, editor)
	s.reportSettingsProblems(errs)
	return st
}

// uriPath is the file system path of a file: URI, or "".
func uriPath(docURI string) (path string) {
	if !strings.HasPrefix(docURI, "file:") {
		return ""
	}
	defer func() {
		if recover() != nil {
			path = ""
		}
	}()
	u, err := uri.Parse(docURI)
	if err != nil || !u.IsFile() {
		return ""
	}
	return u.FsPath()
}

// reportSettingsProblems shows each new problem once (window/showMessage)
// and logs it.
func (s *Server) reportSettingsProblems(errs []error) {
	if len(errs) == 0 {
		return
	}
	c := s.config()
	var fresh []string
	c.mu.Lock()
	for _, e := range errs {
		msg := e.Error()
		if !c.reported[msg] {
			c.reported[msg] = true
			fresh = append(fresh, msg)
		}
	}
	c.mu.Unlock()
	for _, msg := range fresh {
		s.log.Warn("invalid setting", zap.String("problem", msg))
		if s.client == nil {
			continue
		}
		text := "httpstatus-lsp: invalid setting, the default stays in force: " + msg
		if err := s.client.ShowMessage(context.Background(), &protocol.ShowMessageParams{Type: protocol.MessageTypeWarning, Message: text}); err != nil {
			s.log.Debug("showMessage failed", zap.Error(err))
		}
		_ = s.client.LogMessage(context.Background(), &protocol.LogMessageParams{Type: protocol.MessageTypeWarning, Message: text})
	}
}

// customMarkdown is the hover of a custom code: the project's phrase and
// description, then what the catalog says about the number, if anything.
func (s *Server) customMarkdown(c settings.CustomCode) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%d %s** · _custom code (project settings)_\n", c.Code, c.Phrase)
	if c.Description != "" {
		b.WriteString("\n" + c.Description + "\n")
	}
	if e, ok := s.catalog.Lookup(c.Code); ok {
		b.WriteString("\n---\n\nElsewhere this number means:\n\n" + e.Markdown())
	}
	return b.String()
}
