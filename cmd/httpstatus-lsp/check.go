package main

import (
	"flag"
	"fmt"
	"io"

	checker "httpstatus-lsp/lsp/check"
)

const checkUsage = `Usage: httpstatus-lsp check [--format text|json|sarif] [--fix] [--config FILE] PATH...

Checks the HTTP status codes in the files and directories given (recursively,
honouring .gitignore and the settings' ignore globs). Lines and columns are
1-based; columns count characters (Unicode code points).

  --format FORMAT  text (path:line:col: severity: message), json or sarif (2.1.0)
  --fix            apply the safe fixes in place, then report what is left
  --config FILE    settings file to use instead of the nearest .httpstatus.toml

Exit status: 0 no warning or error, 1 findings, 2 usage or I/O error.
`

// check parses the flags (before, between or after the paths) and hands over
// to lsp/check.
func check(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "text", "")
	fix := fs.Bool("fix", false, "")
	config := fs.String("config", "", "")
	help := fs.Bool("help", false, "")
	fs.BoolVar(help, "h", false, "")
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			fmt.Fprintf(stderr, "httpstatus-lsp check: %v\n\n%s", err, checkUsage)
			return checker.ExitTrouble
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			paths = append(paths, args[1:]...)
			break
		}
		paths = append(paths, args[0])
		args = args[1:]
	}
	if *help {
		fmt.Fprint(stdout, checkUsage)
		return 0
	}
	switch *format {
	case "text", "json", "sarif":
	default:
		fmt.Fprintf(stderr, "httpstatus-lsp check: unknown --format %q: use text, json or sarif\n\n%s", *format, checkUsage)
		return checker.ExitTrouble
	}
	if len(paths) == 0 {
		fmt.Fprintf(stderr, "httpstatus-lsp check: no PATH given\n\n%s", checkUsage)
		return checker.ExitTrouble
	}
	return checker.Run(paths, checker.Options{Format: *format, Fix: *fix, Config: *config, Stdout: stdout, Stderr: stderr})
}
