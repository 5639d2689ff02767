package main

import (
	"fmt"
	"io"
)

// check is wired to the rules engine in lsp/check once it lands.
func check(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "httpstatus-lsp check: not available in this build yet")
	return 2
}
