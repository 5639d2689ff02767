package main

import (
	"flag"
	"fmt"
	"io"

	"httpstatus-lsp/knowledge"
)

// explain prints the catalog entry for a code or constant name.
func explain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "")
	// Accept the flag before or after the code.
	var words []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			fmt.Fprintf(stderr, "httpstatus-lsp explain: %v\nusage: httpstatus-lsp explain CODE [--json]\n", err)
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		words = append(words, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(words) != 1 {
		fmt.Fprintln(stderr, "usage: httpstatus-lsp explain CODE [--json]   (CODE: a number like 404 or a constant like StatusNotFound)")
		return 2
	}
	st, err := knowledge.Default().Resolve(words[0])
	if err != nil {
		fmt.Fprintf(stderr, "httpstatus-lsp explain: %v\n", err)
		return 1
	}
	if *asJSON {
		out, err := st.JSON()
		if err != nil {
			fmt.Fprintf(stderr, "httpstatus-lsp explain: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s\n", out)
		return 0
	}
	fmt.Fprint(stdout, st.Text())
	return 0
}
