package scan

import "testing"

// One fuzz target per lexer family: the C-like languages (braces, // and
// /* */ comments) and the script languages (# comments, heredocs, prefixed
// strings). Each input is scanned as every language of its family; the
// scan must not panic and its results must be sorted and in bounds.

var cFamily = []Language{JavaScript, TypeScript, Java, Kotlin, CSharp, Rust}
var scriptFamily = []Language{Python, Ruby, PHP}

func fuzzSeeds(f *testing.F) {
	for _, s := range []string{
		"res.status(404)", "`${a`${b}`}` 404", "r#\"x\"# 'a 'b' /* /* */", "@\"\"\"x\"\"\" $\"{x:0}\"",
		"when (s) { 404 -> 1; in 500..599 -> 2 }", "match s { 404 | 410 => (), 500..=599 => () }",
		"\"\"\"\n404\"\"\"", "f'{x!r:>{w}}' r'\\' b'\\x00'", "return jsonify(x), 404",
		"<<~EOS\n404\nEOS\nhead :not_found", "%w[404] :ok ?a", "<?php $a = <<<X\n404\nX;\nabort(404); ?>",
		"#[Attr] # c\n$x->setStatusCode(404)", "\x00\xff\xfe'\"`", "case 404 when 404", "((((", "))))]]}}",
	} {
		f.Add([]byte(s))
	}
}

func FuzzScanCFamily(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, lang := range cFamily {
			checkInvariants(t, src, lang)
		}
	})
}

func FuzzScanScriptFamily(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, lang := range scriptFamily {
			checkInvariants(t, src, lang)
		}
	})
}
