package scan

import (
	"strings"
	"testing"
)

// lexTexts returns the text of the tokens of a kind.
func lexTexts(src string, cfg *lexConfig, kind tokKind) []string {
	var out []string
	for _, t := range lex([]byte(src), cfg) {
		if t.kind == kind {
			out = append(out, src[t.start:t.end])
		}
	}
	return out
}

func TestLexNumbersSkipStringsAndComments(t *testing.T) {
	cases := []struct {
		name string
		cfg  *lexConfig
		src  string
		want string // the number tokens, space separated
	}{
		{"js comments", &jsLex, "a(1) // 2\n/* 3 \n 4 */ b(5)", "1 5"},
		{"js strings", &jsLex, `x('6', "7\"8", 9)`, "9"},
		{"js template", &jsLex, "`a ${f(10, `b ${11}`)} 12` + 13", "10 11 13"},
		{"js regex", &jsLex, "s.replace(/'[0-9]{3}'/g, 14)", "14"},
		{"js division", &jsLex, "a / 2 / 3", "2 3"},
		{"js floats and hex", &jsLex, "0x404 4.04 1e3 404n 15", "0x404 4.04 1e3 404n 15"},
		{"python strings", &pyLex, "f'{16}' r'\\'' b\"17\" '''18\n19''' 20 # 21", "20"},
		{"python triple double", &pyLex, "\"\"\"doc 22 \"quoted\" \"\"\"\n23", "23"},
		{"rust raw and nested", &rustLex, "r#\"24 \"# 25 /* 26 /* 27 */ 28 */ 29 'a' '\\n' <'a> 30", "25 29 30"},
		{"csharp strings", &csLex, "@\"31\"\"32\" $\"{33} {{34}}\" \"\"\"\n35\n\"\"\" 36", "33 36"},
		{"kotlin templates", &kotlinLex, "\"a ${f(37)} 38\" \"\"\"39 $x\"\"\" `fun 40` 41", "37 41"},
		{"java text block", &javaLex, "\"\"\"\n 42 \"\"\" 43 '4'", "43"},
		{"ruby literals", &rubyLex, "%w[44 45] x = 46 # 47\n\"#{48} 49\" <<~EOS\n 50\nEOS\n51 :sym", "46 48 51"},
		{"ruby begin end", &rubyLex, "=begin\n52\n=end\n53", "53"},
		{"php", &phpLex, "<html>54</html><?php $a = 55; # 56\n#[Attr(57)]\n$s = <<<EOT\n58\nEOT;\n$t = <<<'X'\n59\nX;\necho 60 ?> 61 <?= 62 ?>", "55 57 60 62"},
		{"unterminated", &jsLex, "f(63) 'abc\n64 /* 65", "63 64"},
	}
	for _, c := range cases {
		got := strings.Join(lexTexts(c.src, c.cfg, tNumber), " ")
		if got != c.want {
			t.Errorf("%s: numbers %q, want %q", c.name, got, c.want)
		}
	}
}

func TestLexBracketsAndArgs(t *testing.T) {
	src := "f(a, g(b, c), [d, e], 404)"
	toks := lex([]byte(src), &jsLex)
	var n *token
	for i := range toks {
		if src[toks[i].start:toks[i].end] == "404" {
			n = &toks[i]
		}
	}
	if n == nil || n.arg != 3 || src[toks[n.parent].start] != '(' || toks[n.parent].start != 1 {
		t.Fatalf("404 should be argument 3 of the outer call, got %+v", n)
	}
	if toks[1].match < 0 || src[toks[toks[1].match].start] != ')' || int(toks[toks[1].match].end) != len(src) {
		t.Fatalf("outer parenthesis not matched: %+v", toks[1])
	}
}

func TestLexRubySymbolsAndPHPVariables(t *testing.T) {
	got := lexTexts("head :not_found, a ? b :c; X::Y; {status: :ok}", &rubyLex, tSymbol)
	if strings.Join(got, " ") != "not_found c ok" {
		t.Errorf("ruby symbols %v", got)
	}
	got = lexTexts("$response->setStatusCode(404);", &phpLex, tIdent)
	if strings.Join(got, " ") != "$response setStatusCode" {
		t.Errorf("php idents %v", got)
	}
}

func TestLexNeverLoses(t *testing.T) {
	// every byte of code lies in at most one token, tokens are ordered
	for _, src := range []string{"'", "`${", "\"\"\"", "r#\"", "<<~EOS", "<<<X", "/*", "%w[", "@\"", "$\"{", "'\\", "?>", "=begin"} {
		for _, cfg := range allLexConfigs() {
			prev := int32(0)
			for _, tk := range lex([]byte(src), cfg) {
				if tk.start < prev || tk.end < tk.start || int(tk.end) > len(src) {
					t.Fatalf("%q: bad token %+v", src, tk)
				}
				prev = tk.end
			}
		}
	}
}

func allLexConfigs() []*lexConfig {
	return []*lexConfig{&jsLex, &pyLex, &javaLex, &kotlinLex, &csLex, &rustLex, &rubyLex, &phpLex}
}
