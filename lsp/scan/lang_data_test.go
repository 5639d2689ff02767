package scan

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dataCase is a snippet with «» around every token that must be reported
// (nothing else may be); ctx, if set, is the Context every report must have.
type dataCase struct {
	name string
	lang Language
	src  string
	ctx  string
	role Role // every report's role (RoleStatus unless set)
}

var dataCases = []dataCase{
	// YAML
	{"yaml openapi quoted", YAML, "responses:\n  '«404»':\n    description: x\n  \"«500»\":\n    description: y\n", ctxOpenAPI, RoleStatus},
	{"yaml openapi plain and ranges", YAML, "responses:\n  «200»:\n    description: ok\n  4XX: {description: client}\n  default:\n    description: d\n", ctxOpenAPI, RoleStatus},
	{"yaml any integer key counts", YAML, "responses:\n  '«4040»':\n    description: typo\n", ctxOpenAPI, RoleStatus},
	{"yaml not under responses", YAML, "paths:\n  /a:\n    get:\n      x:\n        '404':\n          d: x\n", "", RoleStatus},
	{"yaml sibling after responses", YAML, "responses:\n  '«200»': {}\nexamples:\n  '404': {}\n", ctxOpenAPI, RoleStatus},
	{"yaml responses comment", YAML, "responses:   # codes\n  # '500': later\n  '«201»':\n    description: c\n", ctxOpenAPI, RoleStatus},
	{"yaml flow responses", YAML, "get:\n  responses: {'«204»': {description: none}, «404»: {x: y}}\n", ctxOpenAPI, RoleStatus},
	{"yaml flow over lines", YAML, "responses: {\n  '«200»': {description: ok},\n  '«302»': {}\n}\nport: 404\n", ctxOpenAPI, RoleStatus},
	{"yaml status keys", YAML, "status: «404»\nstatusCode: '«201»'\nhttp_status: \"«503»\" # retry\nexpectedStatus: «200»\n", ctxStatusKey, RoleStatus},
	{"yaml status out of range or not a number", YAML, "status: 42\nstatus: 1000\nstatus: 404.0\nstatus: 0x194\nstatus: 404 Not Found\nstatus: active\n", "", RoleStatus},
	{"yaml status list flow", YAML, "status_code: [«200», «201», 42]\n", ctxStatusKey, RoleStatus},
	{"yaml status list block", YAML, "status_code:\n  - «200»\n  - «204»\nports:\n  - 8080\n", ctxStatusKey, RoleStatus},
	{"yaml status list same indent", YAML, "codes:\n  retriable_status_codes:\n  - «502»\n  - «504»\n  other:\n  - 500\n", ctxStatusKey, RoleStatus},
	{"yaml sequence of mappings", YAML, "routes:\n  - path: /a\n    status: «404»\n  - status: «200»\n    port: 8080\n", ctxStatusKey, RoleStatus},
	{"yaml block scalar skipped", YAML, "run: |\n  status: 404\n  responses:\n    '500': x\nstatus: «200»\n", ctxStatusKey, RoleStatus},
	{"yaml folded block in sequence", YAML, "steps:\n  - run: >-\n      status: 404\n    status: «201»\n", ctxStatusKey, RoleStatus},
	{"yaml denied keys", YAML, "exit_status: 137\nexitStatus: 143\nport: 404\nreplicas: 300\ntimeout: 500\n", "", RoleStatus},
	{"yaml unbalanced flow stops at the next key", YAML, "a: {oops\n  more: 1\nstatus: «404»\nb: [1,\n  2\n]\nstatus: «200»\n", ctxStatusKey, RoleStatus},
	{"yaml anchors and tags", YAML, "responses: &r\n  '«200»': {}\nstatus: !!int «404»\n", "", RoleStatus},
	{"yaml comments", YAML, "# status: 404\nstatus: «200» # was 404\nx: 'status: 500'\n", ctxStatusKey, RoleStatus},
	{"yaml documents reset", YAML, "responses:\n---\n  '404': {}\n", "", RoleStatus},
	{"yaml crlf", YAML, "responses:\r\n  '«404»':\r\n    description: x\r\nstatus: «200»\r\n", "", RoleStatus},

	{"yaml redirect keys", YAML, "redirect:\n  uri: /v2\n  redirectCode: «308»\nredirect_status: [«301», «302»]\n", ctxStatusKey, RoleRedirect},
	{"yaml codes as keys under a status key", YAML, "statusCodes:\n  «200»:\n    pattern: ''\n  «404»: {pattern: '.*Not Found.*'}\n  2000: x\n  42: y\nports:\n  404: x\n", ctxStatusKey, RoleStatus},

	// JSON
	{"json openapi", JSON, `{"paths":{"/a":{"get":{"responses":{"«200»":{"description":"ok"},"«404»":{},"default":{}}}}}}`, ctxOpenAPI, RoleStatus},
	{"json responses nested deeper", JSON, `{"responses":{"«200»":{"content":{"x":{"examples":{"404":{}}}}}}}`, ctxOpenAPI, RoleStatus},
	{"json status values", JSON, `{"status": «418», "statusCode": "«301»", "http.status_code": «500», "code": 404, "port": 404}`, ctxStatusKey, RoleStatus},
	{"json status arrays", JSON, `{"expected_status_codes": [«200», «204», 42], "sizes": [404, 500]}`, ctxStatusKey, RoleStatus},
	{"json status as string word", JSON, `{"status": "active", "status": "4040", "status": 404.5, "status": -404}`, "", RoleStatus},
	{"json comments", JSON, "{\n // \"status\": 404\n /* \"status\": 500 */\n \"status\": «200»\n}", ctxStatusKey, RoleStatus},
	{"json escapes", JSON, `{"st\"atus": 404, "s": "\\\"status\": 500", "status": «201»}`, "", RoleStatus},
	{"json array of objects", JSON, `[{"status": «200»}, {"status": «404», "size": 404}]`, ctxStatusKey, RoleStatus},
	{"json key after value resets", JSON, `{"status": {"x": 404}, "other": 500}`, "", RoleStatus},

	{"json codes as keys under a status key", JSON, `{"status_codes": {"«301»": "moved", "99": "no"}, "sizes": {"404": 1}}`, ctxStatusKey, RoleStatus},

	// HTTP
	{"http httpyac compare", HTTP, "GET /a\n\n?? status == «200»\n??   status != «500»\n?? body status == 404\n?? header status == 404\n", ctxAssert, RoleCompare},
	{"http httpyac range", HTTP, "?? status >= «200»\n?? status < «300»\n", ctxAssert, RoleRange},
	{"http status lines", HTTP, "HTTP/1.1 «404» Not Found\nHTTP/2 «200»\nHTTP/1.0 «302» Found\n< HTTP/1.1 «500»\n", ctxStatusLine, RoleStatus},
	{"http request lines and headers", HTTP, "GET http://localhost:8080/a HTTP/1.1\nHost: localhost:8080\nContent-Length: 404\nDate: Fri, 14 Mar 2025 10:22:01 GMT\n", "", RoleStatus},
	{"http status header", HTTP, "Status: «404» Not Found\nstatus: «201»\n:status: «204»\n", ctxStatusHdr, RoleStatus},
	{"http comments", HTTP, "# HTTP/1.1 404\n// HTTP/1.1 500\n### HTTP/1.1 302\n", "", RoleStatus},
	{"http access log", HTTP, "1.2.3.4 - - [14/Mar/2025:10:22:01 +0000] \"GET /a HTTP/1.1\" «404» 153 \"-\" \"curl\"\n", ctxStatusLine, RoleStatus},
	{"http not a status line", HTTP, "XHTTP/1.1 404\nHTTP/1.1  404\nHTTP/x 404\nHTTP/1.1 404x\nfoo/HTTP/1.1 404\n", "", RoleStatus},
	{"http logfmt", HTTP, "level=info status=«200» bytes=404 http.status_code=«503» exit_status=137 status=42\n", ctxStatusKey, RoleStatus},
	{"http json body", HTTP, "HTTP/1.1 «401»\nContent-Length: 20\n\n{\"status\": «401»,\n \"size\": 404}\nHTTP/1.1 «200»\n", "", RoleStatus},
	{"http json array body and bracket log", HTTP, "[\n {\"status\": «500»}]\n[INFO] HTTP/1.1 «204» sent, 404 bytes\n", "", RoleStatus},
	{"http unclosed json stops at blank line", HTTP, "{\"status\": «404»,\n\nHTTP/1.1 «200»\n", "", RoleStatus},
	{"http response reference", HTTP, "<> 2025-03-14T102201.200.json\n", "", RoleStatus},

	// Markdown
	{"md fences", Markdown, "Port 8080, returns 404.\n\n```yaml\nstatus: «404»\n```\n\n~~~ json\n{\"status\": «500»}\n~~~\n", "", RoleStatus},
	{"md http fence", Markdown, "```http\nGET / HTTP/1.1\n\nHTTP/1.1 «204» No Content\n```\n", ctxStatusLine, RoleStatus},
	{"md no or unknown language: status lines only", Markdown, "```\nstatus: 404\nstatus=500\n```\n```text\nHTTP/1.1 «404»\n```\n```sh\ncurl -w 404\n```\n", ctxStatusLine, RoleStatus},
	{"md indented code", Markdown, "    HTTP/1.1 404\n    status: 404\n", "", RoleStatus},
	{"md longer closing fence and inner fence", Markdown, "````yaml\nx: |\n  ```\nstatus: «201»\n````\nstatus: 404\n", "", RoleStatus},
	{"md tilde fence not closed by backticks", Markdown, "~~~yaml\n```\nstatus: «202»\n~~~\n", "", RoleStatus},
	{"md unclosed fence runs to the end", Markdown, "```json\n{\"status\": «503»}\n", "", RoleStatus},
	{"md attributes", Markdown, "```{.yaml}\nstatus: «409»\n```\n```yml title=\"x\"\nstatus: «410»\n```\n", "", RoleStatus},
	{"md nested markdown fence skipped", Markdown, "````markdown\n```yaml\nstatus: 404\n```\n````\n", "", RoleStatus},
	{"md inline code is prose", Markdown, "Use ```status: 404``` inline, or `HTTP/1.1 500`.\n", "", RoleStatus},
}

func TestDataRecognizers(t *testing.T) {
	for _, c := range dataCases {
		t.Run(c.name, func(t *testing.T) {
			text, labels, err := stripMarkers([]byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			want := map[[2]int]bool{}
			for _, l := range labels {
				want[[2]int{l.start, l.end}] = true
			}
			got := Scan(text, c.lang)
			for _, o := range got {
				key := [2]int{o.Start, o.End}
				if !want[key] {
					t.Errorf("unexpected %q at %d (context %q)", text[o.Start:o.End], o.Start, o.Context)
					continue
				}
				delete(want, key)
				if c.ctx != "" && o.Context != c.ctx {
					t.Errorf("%q: context %q, want %q", text[o.Start:o.End], o.Context, c.ctx)
				}
				if o.Kind != Literal || o.Role != c.role {
					t.Errorf("%q: kind %d role %d, want a literal with role %d", text[o.Start:o.End], o.Kind, o.Role, c.role)
				}
				if fmt.Sprint(o.Code) != string(text[o.Start:o.End]) {
					t.Errorf("%q: code %d", text[o.Start:o.End], o.Code)
				}
			}
			for k := range want {
				t.Errorf("missed %q at %d", text[k[0]:k[1]], k[0])
			}
		})
	}
}

func TestDataStatusKey(t *testing.T) {
	yes := []string{"status", "Status", "statusCode", "status_code", "http.status_code", "httpStatus", "expectedStatus",
		"expected-status", "retriable_status_codes", "responseCode", "http_code", "STATUS"}
	no := []string{"", "code", "exit_status", "exitStatus", "port", "statusText", "status_message", "stat", "returnStatus",
		strings.Repeat("x", 80) + "status"}
	for _, k := range yes {
		if _, ok := dataStatusKey([]byte(k)); !ok {
			t.Errorf("dataStatusKey(%q) = false", k)
		}
	}
	for _, k := range no {
		if _, ok := dataStatusKey([]byte(k)); ok {
			t.Errorf("dataStatusKey(%q) = true", k)
		}
	}
}

func TestMarkdownFenceLanguages(t *testing.T) {
	for info, want := range map[string]Language{
		"go": Go, "golang": Go, "js": JavaScript, "jsx": JavaScript, "node": JavaScript, "ts": TypeScript,
		"tsx": TypeScript, "py": Python, "python3": Python, "java": Java, "kotlin": Kotlin, "kt": Kotlin,
		"csharp": CSharp, "cs": CSharp, "c#": CSharp, "rust": Rust, "rs": Rust, "ruby": Ruby, "rb": Ruby,
		"php": PHP, "yaml": YAML, "yml": YAML, "json": JSON, "jsonc": JSON, "http": HTTP, "rest": HTTP,
		"sh": Unknown, "bash": Unknown, "console": Unknown, "text": Unknown, "": Unknown,
		"{.python}": Python, "ts title=\"a.ts\"": TypeScript, "JSON": JSON, "go,linenos": Go,
	} {
		if got := mdFenceLanguage([]byte(info)); got != want {
			t.Errorf("mdFenceLanguage(%q) = %q, want %q", info, got, want)
		}
	}
}

// Markdown blocks are handed to the recognizer of their language with the
// offsets shifted; checked with a stand-in JavaScript recognizer so the test
// does not depend on the real one.
func TestMarkdownAndHTTPDelegate(t *testing.T) {
	saved, had := scanners[JavaScript]
	defer func() {
		if had {
			scanners[JavaScript] = saved
		} else {
			delete(scanners, JavaScript)
		}
	}()
	scanners[JavaScript] = func(src []byte) []Occurrence {
		var occ []Occurrence
		for i := 0; ; {
			j := bytes.Index(src[i:], []byte("=== "))
			if j < 0 {
				return occ
			}
			s := i + j + 4
			occ = append(occ, Occurrence{Start: s, End: s + 3, Code: 404, Context: "stub"})
			i = s
		}
	}
	for _, c := range []struct {
		lang Language
		src  string
	}{
		{Markdown, "text === 404\n```js\nif (x === «404») {}\n```\n```sh\na === 404\n```\n"},
		{HTTP, "GET /a\n\n> {%\n  client.assert(response.status === «404»);\n%}\nx === 404\n< {% a === «404» %}\n"},
		{HTTP, "> {% a === «404»\n"},
	} {
		text, labels, err := stripMarkers([]byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		got := Scan(text, c.lang)
		if len(got) != len(labels) {
			t.Errorf("%s %q: got %v, want %d reports", c.lang, c.src, got, len(labels))
			continue
		}
		for i, o := range got {
			if o.Start != labels[i].start || o.End != labels[i].end || o.Context != "stub" {
				t.Errorf("%s %q: report %d = %+v, want %d-%d", c.lang, c.src, i, o, labels[i].start, labels[i].end)
			}
		}
	}
}

// Every prefix of every corpus file of these languages scans without a panic
// and with every range inside the text.
func TestDataPrefixesOfCorpus(t *testing.T) {
	for _, lang := range []Language{YAML, JSON, HTTP, Markdown} {
		files, _ := filepath.Glob(filepath.Join(corpusDir, string(lang), "*"))
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text, _, err := stripMarkers(raw)
			if err != nil {
				t.Fatal(err)
			}
			step := 1
			if testing.Short() {
				step = 7
			}
			for n := 0; n <= len(text); n += step {
				checkRanges(t, text[:n], lang)
			}
		}
	}
}

func checkRanges(t *testing.T, src []byte, lang Language) {
	t.Helper()
	prev := -1
	for _, o := range Scan(src, lang) {
		if o.Start < 0 || o.End > len(src) || o.Start >= o.End || o.Start < prev {
			t.Fatalf("%s: bad range %d-%d (len %d) in %q", lang, o.Start, o.End, len(src), src)
		}
		prev = o.Start
	}
}

// Large and hostile inputs finish in linear time without piling up memory.
func TestDataHostileInputs(t *testing.T) {
	const size = 5 << 20
	inputs := map[string][]byte{
		"open brackets":     bytes.Repeat([]byte("["), size),
		"open braces":       bytes.Repeat([]byte("{\"a\":"), size/5),
		"unclosed strings":  bytes.Repeat([]byte("{\"status\n"), size/9),
		"fences":            bytes.Repeat([]byte("```yaml\n"), size/8),
		"nested indent":     bytes.Repeat([]byte("responses:\n "), size/12),
		"status lines":      bytes.Repeat([]byte("HTTP/1.1 "), size/9),
		"script opens":      bytes.Repeat([]byte("> {%\n"), size/5),
		"binary":            bytes.Repeat([]byte{0, 0xff, '\n', '"', '\'', '#', '{', ':', ' ', '-', '|', '`', '~'}, size/13),
		"block comment":     append([]byte("{/*"), bytes.Repeat([]byte("*"), size)...),
		"deep then content": append(bytes.Repeat([]byte("["), 1000), []byte(`{"status": 404}`+strings.Repeat("]", 1000))...),
	}
	for name, src := range inputs {
		t.Run(name, func(t *testing.T) {
			for _, lang := range []Language{YAML, JSON, HTTP, Markdown} {
				checkRanges(t, src, lang)
			}
		})
	}
}
