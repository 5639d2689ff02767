package rules

import (
	"strings"
	"testing"

	"httpstatus-lsp/lsp/scan"
	"httpstatus-lsp/lsp/settings"
)

// unmark removes the ‹ › markers from src and returns the byte ranges they enclosed.
func unmark(src string) (string, [][2]int) {
	var b strings.Builder
	var spans [][2]int
	start := -1
	for _, r := range src {
		switch r {
		case '‹':
			start = b.Len()
		case '›':
			spans = append(spans, [2]int{start, b.Len()})
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), spans
}

const goHead = "package main\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n"

// Each case names a rule and a source; the rule must report exactly the
// marked tokens (none when nothing is marked).
var ruleCases = []struct {
	name  string
	lang  scan.Language
	rule  string
	src   string
	style string
}{
	// invalid-code
	{"go-invalid", scan.Go, InvalidCode, goHead + "\tw.WriteHeader(‹1000›)\n}\n", ""},
	{"go-invalid-small", scan.Go, InvalidCode, goHead + "\tw.WriteHeader(‹42›)\n}\n", ""},
	{"go-invalid-compare-zero-ok", scan.Go, InvalidCode, goHead + "\tvar resp *http.Response\n\tif resp.StatusCode == 0 {\n\t}\n}\n", ""},
	{"js-invalid", scan.JavaScript, InvalidCode, "res.sendStatus(‹1000›);\n", ""},
	{"js-invalid-zero-call", scan.JavaScript, InvalidCode, "res.sendStatus(‹0›);\n", ""},
	{"js-zero-initial-value-ok", scan.JavaScript, InvalidCode, "let responseStatus = 0;\nthis.statusCode = 0;\nconst status = res.statusCode ?? 0;\n", ""},
	{"go-invalid-zero-call", scan.Go, InvalidCode, goHead + "\tw.WriteHeader(‹0›)\n}\n", ""},
	{"go-valid", scan.Go, InvalidCode, goHead + "\tw.WriteHeader(404)\n}\n", ""},
	// outside-classes
	{"js-outside", scan.JavaScript, OutsideClasses, "res.status(‹650›).end();\n", ""},
	{"go-outside", scan.Go, OutsideClasses, goHead + "\tw.WriteHeader(‹777›)\n}\n", ""},
	{"go-inside", scan.Go, OutsideClasses, goHead + "\tw.WriteHeader(503)\n}\n", ""},
	// unassigned-code
	{"go-unassigned", scan.Go, UnassignedCode, goHead + "\tw.WriteHeader(‹299›)\n}\n", ""},
	{"js-unassigned", scan.JavaScript, UnassignedCode, "res.status(‹299›).send('x');\n", ""},
	{"py-unassigned", scan.Python, UnassignedCode, "return Response(status=‹299›)\n", ""},
	{"py-assigned", scan.Python, UnassignedCode, "return Response(status=404)\n", ""},
	{"go-vendor-not-unassigned", scan.Go, UnassignedCode, goHead + "\tw.WriteHeader(499)\n}\n", ""},
	// nonstandard-code
	{"go-nginx", scan.Go, NonstandardCode, goHead + "\tw.WriteHeader(‹499›)\n}\n", ""},
	{"ts-nginx", scan.TypeScript, NonstandardCode, "res.status(‹499›).end();\n", ""},
	{"go-registered", scan.Go, NonstandardCode, goHead + "\tw.WriteHeader(409)\n}\n", ""},
	// deprecated-code
	{"go-305", scan.Go, DeprecatedCode, goHead + "\tw.WriteHeader(‹305›)\n}\n", ""},
	{"go-305-constant", scan.Go, DeprecatedCode, goHead + "\tw.WriteHeader(http.‹StatusUseProxy›)\n}\n", ""},
	{"py-305", scan.Python, DeprecatedCode, "abort(‹305›)\n", ""},
	{"js-305", scan.JavaScript, DeprecatedCode, "res.status(‹305›);\n", ""},
	{"go-teapot-ok", scan.Go, DeprecatedCode, goHead + "\tw.WriteHeader(http.StatusTeapot)\n}\n", ""},
	{"go-current", scan.Go, DeprecatedCode, goHead + "\tw.WriteHeader(307)\n}\n", ""},
	// error-with-success
	{"go-error-200", scan.Go, ErrorWithSuccess, goHead + "\thttp.Error(w, \"oops\", ‹200›)\n}\n", ""},
	{"go-error-302-constant", scan.Go, ErrorWithSuccess, goHead + "\thttp.Error(w, \"oops\", http.‹StatusFound›)\n}\n", ""},
	{"py-abort-200", scan.Python, ErrorWithSuccess, "abort(‹200›)\n", ""},
	{"ts-httpexception-ok", scan.TypeScript, ErrorWithSuccess, "throw new HttpException('x', HttpStatus.‹OK›);\n", ""},
	{"js-createerror-200", scan.JavaScript, ErrorWithSuccess, "throw createError(‹200›);\n", ""},
	{"go-error-500", scan.Go, ErrorWithSuccess, goHead + "\thttp.Error(w, \"oops\", 500)\n}\n", ""},
	{"py-abort-404", scan.Python, ErrorWithSuccess, "abort(404)\n", ""},
	// redirect-without-3xx
	{"go-redirect-200", scan.Go, RedirectWithout3xx, goHead + "\thttp.Redirect(w, r, \"/\", ‹200›)\n}\n", ""},
	{"js-redirect-200", scan.JavaScript, RedirectWithout3xx, "res.redirect(‹200›, '/x');\n", ""},
	{"py-redirect-200", scan.Python, RedirectWithout3xx, "return redirect('/x', code=‹200›)\n", ""},
	{"go-redirect-303", scan.Go, RedirectWithout3xx, goHead + "\thttp.Redirect(w, r, \"/\", http.StatusSeeOther)\n}\n", ""},
	{"py-redirect-302", scan.Python, RedirectWithout3xx, "return redirect('/x', 302)\n", ""},
	{"go-301-without-location", scan.Go, RedirectWithout3xx, goHead + "\tif r != nil {\n\t\tw.WriteHeader(‹301›)\n\t}\n}\n", ""},
	{"go-301-with-location", scan.Go, RedirectWithout3xx, goHead + "\tw.Header().Set(\"Location\", \"/x\")\n\tw.WriteHeader(http.StatusMovedPermanently)\n}\n", ""},
	{"go-304-needs-no-location", scan.Go, RedirectWithout3xx, goHead + "\tw.WriteHeader(304)\n}\n", ""},
	// body-not-allowed
	{"go-body-after-204", scan.Go, BodyNotAllowed, goHead + "\tw.WriteHeader(‹204›)\n\tw.Write([]byte(\"x\"))\n}\n", ""},
	{"go-body-after-304-constant", scan.Go, BodyNotAllowed, goHead + "\tw.WriteHeader(http.‹StatusNotModified›)\n\tfmt.Fprintln(w, \"x\")\n}\n", ""},
	{"go-body-after-200", scan.Go, BodyNotAllowed, goHead + "\tw.WriteHeader(200)\n\tw.Write(nil)\n}\n", ""},
	{"go-204-then-return", scan.Go, BodyNotAllowed, goHead + "\tif r == nil {\n\t\tw.WriteHeader(204)\n\t\treturn\n\t}\n\tw.Write(nil)\n}\n", ""},
	{"go-103-interim", scan.Go, BodyNotAllowed, goHead + "\tw.WriteHeader(103)\n\tw.Write(nil)\n}\n", ""},
	{"go-204-other-writer", scan.Go, BodyNotAllowed, goHead + "\tw.WriteHeader(204)\n\tvar buf bytes.Buffer\n\tbuf.Write(nil)\n}\n", ""},
	// prefer-constant / prefer-number
	{"go-prefer-constant", scan.Go, PreferConstant, goHead + "\tw.WriteHeader(‹404›)\n\tw.WriteHeader(http.StatusOK)\n}\n", "constant"},
	{"go-prefer-constant-off", scan.Go, PreferConstant, goHead + "\tw.WriteHeader(404)\n}\n", ""},
	{"py-prefer-constant", scan.Python, PreferConstant, "x = Response(status=status.HTTP_200_OK)\nreturn Response(status=‹404›)\n", "constant"},
	{"py-prefer-constant-no-ecosystem", scan.Python, PreferConstant, "return Response(status=404)\n", "constant"},
	{"go-prefer-number", scan.Go, PreferNumber, goHead + "\tw.WriteHeader(http.‹StatusNotFound›)\n\tw.WriteHeader(200)\n}\n", "number"},
	{"js-prefer-number", scan.JavaScript, PreferNumber, "res.status(StatusCodes.‹NOT_FOUND›);\n", "number"},
	{"go-prefer-number-off", scan.Go, PreferNumber, goHead + "\tw.WriteHeader(http.StatusNotFound)\n}\n", ""},
	// hover-only roles never produce findings
	{"go-range", scan.Go, UnassignedCode, goHead + "\tvar resp *http.Response\n\tif resp.StatusCode >= 299 {\n\t}\n}\n", ""},
}

func TestRules(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(tc.name, func(t *testing.T) {
			src, want := unmark(tc.src)
			cfg := settings.Defaults()
			if tc.style != "" {
				cfg.Style = tc.style
			}
			fs := Check(Input{Src: []byte(src), Lang: tc.lang, Settings: &cfg})
			var got [][2]int
			for _, f := range fs {
				if f.Rule != tc.rule {
					continue
				}
				got = append(got, [2]int{f.Start, f.End})
				if f.Message == "" || f.Href == "" || f.Severity == Off {
					t.Errorf("incomplete finding %+v", f)
				}
				if f.Start >= 0 && f.End <= len(src) && tc.rule != BodyNotAllowed && tc.rule != PreferNumber && f.Code >= 100 && f.Code <= 999 {
					if tok := src[f.Start:f.End]; f.Code > 0 && !strings.Contains(f.Message, tok) && !strings.Contains(f.Message, itoa(f.Code)) {
						t.Errorf("message %q names neither %q nor the code", f.Message, tok)
					}
				}
			}
			if len(got) != len(want) {
				t.Fatalf("%s: got %v, want %v (all findings: %+v; occurrences: %+v)", tc.rule, got, want, fs, scan.Scan([]byte(src), tc.lang))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("%s: range %v (%q), want %v (%q)", tc.rule, got[i], src[got[i][0]:got[i][1]], want[i], src[want[i][0]:want[i][1]])
				}
			}
		})
	}
}

func itoa(n int) string {
	var b []byte
	for n > 0 || len(b) == 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func TestOrdinaryCodesAreQuiet(t *testing.T) {
	src := goHead + "\tw.WriteHeader(404)\n\tw.WriteHeader(http.StatusCreated)\n\thttp.Error(w, \"x\", 500)\n\thttp.Redirect(w, r, \"/\", 308)\n}\n"
	for _, f := range Check(Input{Src: []byte(src), Lang: scan.Go}) {
		if f.Severity == Error || f.Severity == Warning {
			t.Errorf("ordinary code reported: %+v", f)
		}
	}
}

func TestSeverityOverrides(t *testing.T) {
	src := goHead + "\tw.WriteHeader(299)\n\tw.WriteHeader(499)\n}\n"
	cfg := settings.Defaults()
	cfg.Rules = map[string]string{UnassignedCode: "error", NonstandardCode: "off"}
	fs := Check(Input{Src: []byte(src), Lang: scan.Go, Settings: &cfg})
	if len(fs) != 1 || fs[0].Rule != UnassignedCode || fs[0].Severity != Error {
		t.Fatalf("overrides not applied: %+v", fs)
	}
	// A custom code is neither unassigned nor outside the classes.
	cfg = settings.Defaults()
	cfg.Codes = []settings.CustomCode{{Code: 299, Phrase: "Partly Done"}, {Code: 650, Phrase: "Ours"}}
	src = goHead + "\tw.WriteHeader(299)\n\tw.WriteHeader(650)\n}\n"
	if fs := Check(Input{Src: []byte(src), Lang: scan.Go, Settings: &cfg}); len(fs) != 0 {
		t.Fatalf("custom codes reported: %+v", fs)
	}
}

func TestTypoFix(t *testing.T) {
	cases := []struct {
		code, want string // want "" means no fix
	}{
		{"4044", "404"},
		{"2000", "200"},
		{"5003", ""}, // 500 or 503: not clear
		{"299", ""},  // no registered neighbour
		{"40", ""},   // 400..409 and more: not clear
	}
	for _, tc := range cases {
		src := goHead + "\tw.WriteHeader(" + tc.code + ")\n}\n"
		fs := Check(Input{Src: []byte(src), Lang: scan.Go})
		var fixes []Fix
		for _, f := range fs {
			fixes = append(fixes, f.Fixes...)
		}
		if tc.want == "" {
			if len(fixes) != 0 {
				t.Errorf("%s: unexpected fixes %+v", tc.code, fixes)
			}
			continue
		}
		if len(fixes) != 1 || fixes[0].Safe {
			t.Fatalf("%s: fixes %+v, want one unsafe typo fix", tc.code, fixes)
		}
		got := string(Apply([]byte(src), fixes[0].Edits))
		if !strings.Contains(got, "w.WriteHeader("+tc.want+")") {
			t.Errorf("%s: fixed text %q", tc.code, got)
		}
	}
}

func TestFixAll(t *testing.T) {
	constant := settings.Defaults()
	constant.Style = "constant"
	number := settings.Defaults()
	number.Style = "number"
	cases := []struct {
		name string
		lang scan.Language
		cfg  *settings.Settings
		src  string
		want string
	}{
		{"go-constants-add-import", scan.Go, &constant,
			"package main\n\nimport \"fmt\"\n\nfunc h(w interface{ WriteHeader(int) }) {\n\tfmt.Println()\n\tw.WriteHeader(404)\n\tw.WriteHeader(201)\n}\n",
			"package main\n\nimport \"fmt\"\nimport \"net/http\"\n\nfunc h(w interface{ WriteHeader(int) }) {\n\tfmt.Println()\n\tw.WriteHeader(http.StatusNotFound)\n\tw.WriteHeader(http.StatusCreated)\n}\n"},
		{"go-constants-alias", scan.Go, &constant,
			"package main\n\nimport web \"net/http\"\n\nfunc h(w web.ResponseWriter) {\n\tw.WriteHeader(404)\n}\n",
			"package main\n\nimport web \"net/http\"\n\nfunc h(w web.ResponseWriter) {\n\tw.WriteHeader(web.StatusNotFound)\n}\n"},
		{"go-numbers-keep-import", scan.Go, &number,
			"package main\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusNotFound)\n}\n",
			"package main\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(404)\n}\n"},
		{"go-numbers-drop-import", scan.Go, &number,
			"package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc h(w interface{ WriteHeader(int) }) {\n\tfmt.Println()\n\tw.WriteHeader(http.StatusNotFound)\n\tw.WriteHeader(http.StatusOK)\n}\n",
			"package main\n\nimport (\n\t\"fmt\"\n)\n\nfunc h(w interface{ WriteHeader(int) }) {\n\tfmt.Println()\n\tw.WriteHeader(404)\n\tw.WriteHeader(200)\n}\n"},
		{"py-constants", scan.Python, &constant,
			"ok = Response(status=status.HTTP_200_OK)\nreturn Response(status=404)\n",
			"ok = Response(status=status.HTTP_200_OK)\nreturn Response(status=status.HTTP_404_NOT_FOUND)\n"},
		{"js-numbers", scan.JavaScript, &number,
			"res.status(StatusCodes.NOT_FOUND);\n",
			"res.status(404);\n"},
		{"nothing-by-default", scan.Go, nil,
			"package main\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(4044)\n}\n",
			"package main\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(4044)\n}\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := Input{Src: []byte(tc.src), Lang: tc.lang, Settings: tc.cfg}
			edits, _ := FixAll(in, Check(in))
			got := string(Apply([]byte(tc.src), edits))
			if got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestCheckNeverPanics(t *testing.T) {
	inputs := []string{"", "\x00\xff", "package", goHead, goHead + "\tw.WriteHeader(", "res.status(", "\xef\xbb\xbfabort(200)"}
	for _, s := range inputs {
		for _, lang := range []scan.Language{scan.Go, scan.JavaScript, scan.TypeScript, scan.Python, scan.YAML, scan.Unknown} {
			in := Input{Src: []byte(s), Lang: lang}
			fs := Check(in)
			FixAll(in, fs)
			Rewrites(in)
		}
	}
}

func TestQualifierStart(t *testing.T) {
	cases := []struct {
		lang scan.Language
		src  string // the marked span is the full qualified constant
		eco  string
	}{
		{scan.Go, goHead + "\t_ = struct{ Code int }{Code:‹http.StatusOK›}\n}\n", "go"},
		{scan.Go, goHead + "\tw.WriteHeader(‹http.StatusNotFound›)\n}\n", "go"},
		{scan.Python, "return Response(status=‹status.HTTP_404_NOT_FOUND›)\n", "drf"},
		{scan.JavaScript, "res.status(‹StatusCodes.NOT_FOUND›);\n", "npm"},
	}
	for _, tc := range cases {
		src, spans := unmark(tc.src)
		in := Input{Src: []byte(src), Lang: tc.lang}
		in.prepare()
		fc := newFileContext(&in)
		found := false
		for _, o := range in.Occ {
			if o.Kind != scan.Constant {
				continue
			}
			found = true
			if q := fc.qualifierStart(o); q != spans[0][0] || o.End != spans[0][1] {
				t.Errorf("%q: qualified %q, want %q", src, src[q:o.End], src[spans[0][0]:spans[0][1]])
			}
		}
		if !found {
			t.Errorf("%q: no constant recognized", src)
		}
	}
}
