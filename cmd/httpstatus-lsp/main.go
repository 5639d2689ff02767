// Command httpstatus-lsp is a language server that knows HTTP status codes,
// and the same engine on the command line (`check`, `explain`).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"httpstatus-lsp/knowledge"
	"httpstatus-lsp/lsp"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

const usage = `httpstatus-lsp: a language server that knows HTTP status codes.

Usage:
  httpstatus-lsp [--stdio] [--log-file PATH] [--log-level LEVEL]   serve LSP on stdin/stdout
  httpstatus-lsp check [--format text|json|sarif] [--fix] [--config FILE] PATH...
  httpstatus-lsp explain CODE [--json]                             print what a code means
  httpstatus-lsp --version

Flags:
  --stdio            serve on stdin/stdout (the default)
  --log-file PATH    write logs to PATH instead of stderr
  --log-level LEVEL  debug, info, warn or error (default info)
  --version          print the version and exit
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "explain":
			return explain(args[1:], stdout, stderr)
		case "check":
			return check(args[1:], stdout, stderr)
		case "help", "-h", "--help", "-help":
			fmt.Fprint(stdout, usage)
			return 0
		}
	}
	fs := flag.NewFlagSet("httpstatus-lsp", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var (
		stdio       = fs.Bool("stdio", true, "")
		showVersion = fs.Bool("version", false, "")
		logFile     = fs.String("log-file", "", "")
		logLevel    = fs.String("log-level", "info", "")
		_           = fs.String("clientProcessId", "", "") // passed by some clients; unused
	)
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "httpstatus-lsp: %v\n\n%s", err, usage)
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "httpstatus-lsp: unexpected argument %q\n\n%s", fs.Arg(0), usage)
		return 2
	}
	if *showVersion {
		fmt.Fprintf(stdout, "httpstatus-lsp %s\n", version)
		return 0
	}
	_ = stdio // stdio is the only transport
	knowledge.Preload()
	// A client that dies closes our stdout: without this a write to it kills
	// the process with SIGPIPE; with it the write fails, the connection ends
	// and the exit code is the protocol's (1 without shutdown).
	signal.Ignore(syscall.SIGPIPE)
	logger, closeLog, err := newLogger(*logFile, *logLevel, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "httpstatus-lsp: %v\n", err)
		return 2
	}
	defer closeLog()
	srv := lsp.NewServer(lsp.Options{
		Version: version,
		Logger:  logger,
		OnExit: func(code int) {
			// stdin may still be open and blocking a read: leave now.
			closeLog()
			os.Exit(code)
		},
	})
	return srv.Serve(context.Background(), stdin, stdout)
}

// newLogger logs to stderr or a file; stdout carries protocol frames only.
func newLogger(path, level string, stderr io.Writer) (*zap.Logger, func(), error) {
	var lvl zapcore.Level
	if err := lvl.UnmarshalText([]byte(strings.ToLower(level))); err != nil {
		return nil, nil, fmt.Errorf("invalid --log-level %q: use debug, info, warn or error", level)
	}
	var sink zapcore.WriteSyncer = zapcore.AddSync(stderr)
	closeFn := func() {}
	if path != "" {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			return nil, nil, fmt.Errorf("cannot open log file: %w", err)
		}
		sink = zapcore.AddSync(f)
		closeFn = func() { _ = f.Sync(); _ = f.Close() }
	}
	enc := zap.NewDevelopmentEncoderConfig()
	core := zapcore.NewCore(zapcore.NewConsoleEncoder(enc), zapcore.Lock(sink), lvl)
	return zap.New(core), closeFn, nil
}
