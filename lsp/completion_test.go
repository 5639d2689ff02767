package lsp

import (
	"sort"
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"httpstatus-lsp/knowledge"
	"httpstatus-lsp/lsp/scan"
	"httpstatus-lsp/lsp/settings"
)

// cursor marks the position in test sources.
const cursor = "‸"

// featureServer is a server with the catalog loaded and no connection, for
// calling feature functions directly.
func featureServer(t testing.TB) *Server {
	t.Helper()
	s := NewServer(Options{})
	s.catalog = knowledge.Default()
	s.encoding = UTF16
	return s
}

// openMarked opens src (with one cursor marker) and returns the document and
// the byte offset of the marker.
func openMarked(t testing.TB, s *Server, uri string, lang scan.Language, src string) (*document, int) {
	t.Helper()
	off := strings.Index(src, cursor)
	if off < 0 {
		t.Fatalf("no cursor marker in %q", src)
	}
	text := src[:off] + src[off+len(cursor):]
	d := newDocument(uri, string(lang), 1, []byte(text))
	s.docs.put(d)
	return d, off
}

func labels(items []protocol.CompletionItem) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Label
	}
	return out
}

func find(items []protocol.CompletionItem, label string) (protocol.CompletionItem, bool) {
	for _, it := range items {
		if it.Label == label {
			return it, true
		}
	}
	return protocol.CompletionItem{}, false
}

// bySortText orders items as a client shows them.
func bySortText(items []protocol.CompletionItem) []string {
	sorted := append([]protocol.CompletionItem(nil), items...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, _ := sorted[i].SortText.Get()
		b, _ := sorted[j].SortText.Get()
		return a < b
	})
	return labels(sorted)
}

// applyEdits applies item edits (text edit and additional edits) to text.
func applyItem(t *testing.T, s *Server, d *document, it protocol.CompletionItem) string {
	t.Helper()
	type e struct {
		start, end int
		text       string
	}
	var es []e
	add := func(te protocol.TextEdit) {
		a, _ := d.lines.Offset(d.text, te.Range.Start.Line, te.Range.Start.Character, s.encoding)
		b, _ := d.lines.Offset(d.text, te.Range.End.Line, te.Range.End.Character, s.encoding)
		es = append(es, e{a, b, te.NewText})
	}
	if te, ok := it.TextEdit.(*protocol.TextEdit); ok {
		add(*te)
	} else {
		t.Fatalf("item %q has no TextEdit", it.Label)
	}
	for _, te := range it.AdditionalTextEdits {
		add(te)
	}
	sort.Slice(es, func(i, j int) bool { return es[i].start > es[j].start })
	out := string(d.text)
	for _, x := range es {
		out = out[:x.start] + x.text + out[x.end:]
	}
	return out
}

const goImportsHTTP = "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\n"

func TestCompleteGoConstants(t *testing.T) {
	s := featureServer(t)
	d, off := openMarked(t, s, "file:///x/main.go", scan.Go, goImportsHTTP+"func h(w http.ResponseWriter) {\n\tw.WriteHeader(http.Status"+cursor+")\n\tfmt.Println()\n}\n")
	items := s.complete(d, off)
	it, ok := find(items, "StatusNotFound")
	if !ok {
		t.Fatalf("no StatusNotFound among %v", labels(items))
	}
	if detail, _ := it.Detail.Get(); detail != "404 Not Found" {
		t.Errorf("detail = %q", detail)
	}
	if it.LabelDetails == nil || it.LabelDetails.Description == nil || !strings.Contains(*it.LabelDetails.Description, "404") {
		t.Errorf("labelDetails = %+v", it.LabelDetails)
	}
	doc, ok := it.Documentation.(*protocol.MarkupContent)
	if !ok || doc.Kind != protocol.MarkupKindMarkdown || !strings.Contains(doc.Value, "Not Found") {
		t.Errorf("documentation = %#v", it.Documentation)
	}
	if len(it.AdditionalTextEdits) != 0 {
		t.Errorf("net/http is imported: no import edit expected, got %+v", it.AdditionalTextEdits)
	}
	if got := applyItem(t, s, d, it); !strings.Contains(got, "w.WriteHeader(http.StatusNotFound)\n") {
		t.Errorf("applying the item gives\n%s", got)
	}
	if _, ok := find(items, "StatusTeapot"); !ok {
		t.Error("every net/http constant is offered")
	}
	// Deprecated codes are tagged.
	if up, ok := find(items, "StatusUseProxy"); ok {
		if len(up.Tags) != 1 || up.Tags[0] != protocol.CompletionItemTagDeprecated {
			t.Errorf("StatusUseProxy tags = %v", up.Tags)
		}
	}
	// The most used codes come first.
	order := bySortText(items)
	if order[0] != "StatusOK" || indexOf(order, "StatusNotFound") > indexOf(order, "StatusTeapot") {
		t.Errorf("order starts %v", order[:10])
	}
	// Count: one item per catalog constant of net/http.
	if n := len(knowledge.Default().Constants(knowledge.EcoGo)); len(items) != n {
		t.Errorf("%d items for %d constants", len(items), n)
	}
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

func TestCompleteGoImportName(t *testing.T) {
	s := featureServer(t)
	src := "package main\n\nimport nethttp \"net/http\"\n\nfunc h(w nethttp.ResponseWriter) {\n\tw.WriteHeader(nethttp.StatusN" + cursor + ")\n}\n"
	d, off := openMarked(t, s, "file:///x/a.go", scan.Go, src)
	items := s.complete(d, off)
	it, ok := find(items, "StatusNotFound")
	if !ok || len(it.AdditionalTextEdits) != 0 {
		t.Fatalf("alias import: %v", labels(items))
	}
	if got := applyItem(t, s, d, it); !strings.Contains(got, "nethttp.StatusNotFound)") {
		t.Errorf("got %s", got)
	}
	// `http.` is not net/http in this file.
	d, off = openMarked(t, s, "file:///x/b.go", scan.Go, strings.Replace(src, "nethttp.StatusN"+cursor, "http.Status"+cursor, 1))
	if items := s.complete(d, off); len(items) != 0 {
		t.Errorf("http is not imported under that name here, got %v", labels(items)[:3])
	}
}

func TestCompleteGoAddsImport(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"block, in order",
			"package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n\t\"example.com/x\"\n)\n\nfunc h(w W) {\n\tw.WriteHeader(http.Status" + cursor + ")\n}\n",
			"import (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n\n\t\"example.com/x\"\n)\n"},
		{"block, at the end of the standard group",
			"package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/x\"\n)\n\nfunc h(w W) {\n\tw.WriteHeader(http.Status" + cursor + ")\n}\n",
			"import (\n\t\"fmt\"\n\t\"net/http\"\n\n\t\"example.com/x\"\n)\n"},
		{"single import",
			"package main\n\nimport \"fmt\"\n\nfunc h(w W) {\n\tw.WriteHeader(http.Status" + cursor + ")\n}\n",
			"import \"fmt\"\nimport \"net/http\"\n\nfunc"},
		{"no imports",
			"package main\n\nfunc h(w W) {\n\tw.WriteHeader(http.Status" + cursor + ")\n}\n",
			"package main\n\nimport \"net/http\"\n\nfunc h"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := featureServer(t)
			d, off := openMarked(t, s, "file:///x/main.go", scan.Go, tt.src)
			items := s.complete(d, off)
			it, ok := find(items, "StatusNotFound")
			if !ok {
				t.Fatalf("no StatusNotFound: %v", labels(items))
			}
			if len(it.AdditionalTextEdits) != 1 {
				t.Fatalf("want one import edit, got %+v", it.AdditionalTextEdits)
			}
			got := applyItem(t, s, d, it)
			if !strings.Contains(got, tt.want) || !strings.Contains(got, "w.WriteHeader(http.StatusNotFound)") {
				t.Errorf("after the edits:\n%s\nwant it to contain:\n%s", got, tt.want)
			}
		})
	}
}

func TestCompleteNumbers(t *testing.T) {
	tests := []struct {
		name   string
		lang   scan.Language
		src    string
		prefix string // every label starts with it; "" means no completion
		first  string // the first label in sort order
		has    string
	}{
		{"go WriteHeader closed", scan.Go, goImportsHTTP + "func h(w http.ResponseWriter) {\n\tw.WriteHeader(4" + cursor + ")\n}\n", "4", "400 Bad Request", "404 Not Found"},
		{"go WriteHeader open", scan.Go, goImportsHTTP + "func h(w http.ResponseWriter) {\n\tw.WriteHeader(4" + cursor + "\n\tfmt.Println()\n}\n", "4", "400 Bad Request", "404 Not Found"},
		{"go http.Error", scan.Go, goImportsHTTP + "func h(w http.ResponseWriter) {\n\thttp.Error(w, \"gone\", 41" + cursor + ")\n}\n", "41", "410 Gone", "418 (Unused)"},
		{"go switch case", scan.Go, goImportsHTTP + "func f(resp *http.Response) {\n\tswitch resp.StatusCode {\n\tcase 4" + cursor + "\n\t}\n}\n", "4", "400 Bad Request", "404 Not Found"},
		{"go compare", scan.Go, goImportsHTTP + "func f(resp *http.Response) {\n\tif resp.StatusCode == 4" + cursor + "\n}\n", "4", "400 Bad Request", "404 Not Found"},
		{"java ResponseEntity", scan.Java, "class A {\n  ResponseEntity<X> f() {\n    return ResponseEntity.status(4" + cursor + ").build();\n  }\n}\n", "4", "400 Bad Request", "404 Not Found"},
		{"ruby head", scan.Ruby, "def show\n  head 4" + cursor + "\nend\n", "4", "400 Bad Request", "404 Not Found"},
		{"go sleep", scan.Go, goImportsHTTP + "func h() {\n\ttime.Sleep(4" + cursor + ")\n}\n", "", "", ""},
		{"go port", scan.Go, goImportsHTTP + "func h() {\n\thttp.ListenAndServe(\":8" + cursor + "\", nil)\n}\n", "", "", ""},
		{"js res.status", scan.JavaScript, "app.get('/', (req, res) => {\n  res.status(5" + cursor + ")\n})\n", "5", "500 Internal Server Error", "503 Service Unavailable"},
		{"js sendStatus open", scan.JavaScript, "app.get('/', (req, res) => {\n  res.sendStatus(20" + cursor + "\n})\n", "20", "200 OK", "204 No Content"},
		{"python status_code", scan.Python, "def f():\n    return Response(status_code=4" + cursor + ")\n", "4", "400 Bad Request", "422 Unprocessable Content"},
		{"python timeout", scan.Python, "def f():\n    requests.get(url, timeout=4" + cursor + ")\n", "", "", ""},
		{"yaml openapi key", scan.YAML, "paths:\n  /pets:\n    get:\n      responses:\n        '4" + cursor + "'\n", "4", "400 Bad Request", "404 Not Found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := featureServer(t)
			d, off := openMarked(t, s, "file:///x/f", tt.lang, tt.src)
			items := s.complete(d, off)
			if tt.prefix == "" {
				if len(items) != 0 {
					t.Fatalf("not a status position, got %v", labels(items))
				}
				return
			}
			if len(items) == 0 {
				t.Fatal("no items")
			}
			for _, it := range items {
				ft, _ := it.FilterText.Get()
				if !strings.HasPrefix(it.Label, tt.prefix) || !strings.HasPrefix(ft, tt.prefix) {
					t.Errorf("item %q (filter %q) does not start with %q", it.Label, ft, tt.prefix)
				}
			}
			if order := bySortText(items); order[0] != tt.first {
				t.Errorf("first item %q, want %q (order %v)", order[0], tt.first, order[:min(5, len(order))])
			}
			it, ok := find(items, tt.has)
			if !ok {
				t.Fatalf("no %q among %v", tt.has, labels(items))
			}
			te := it.TextEdit.(*protocol.TextEdit)
			want := strings.Fields(tt.has)[0]
			if te.NewText != want {
				t.Errorf("inserts %q, want %q", te.NewText, want)
			}
			got := applyItem(t, s, d, it)
			if !strings.Contains(got, want) || strings.Contains(got, tt.prefix+want) {
				t.Errorf("the edit must replace the typed digits:\n%s", got)
			}
		})
	}
}

func TestCompleteGoEmptyStatusPosition(t *testing.T) {
	s := featureServer(t)
	d, off := openMarked(t, s, "file:///x/main.go", scan.Go, goImportsHTTP+"func h(w http.ResponseWriter) {\n\tw.WriteHeader("+cursor+")\n}\n")
	items := s.complete(d, off)
	if _, ok := find(items, "404 Not Found"); !ok {
		t.Errorf("numbers expected after `(` in a status position: %v", labels(items))
	}
	it, ok := find(items, "http.StatusNotFound")
	if !ok {
		t.Fatalf("qualified constants expected in Go: %v", labels(items))
	}
	if got := applyItem(t, s, d, it); !strings.Contains(got, "w.WriteHeader(http.StatusNotFound)") {
		t.Errorf("got %s", got)
	}
	// `http.` in a status position gives the constants, elsewhere nothing.
	d, off = openMarked(t, s, "file:///x/b.go", scan.Go, goImportsHTTP+"func h(w http.ResponseWriter) {\n\tw.WriteHeader(http."+cursor+")\n}\n")
	if _, ok := find(s.complete(d, off), "StatusNotFound"); !ok {
		t.Error("`http.` in a status position offers the constants")
	}
	d, off = openMarked(t, s, "file:///x/c.go", scan.Go, goImportsHTTP+"func h() {\n\tsrv := http."+cursor+"\n}\n")
	if items := s.complete(d, off); len(items) != 0 {
		t.Errorf("`http.` outside a status position: no status items, got %v", labels(items)[:3])
	}
}

func TestCompleteEcosystemConstants(t *testing.T) {
	tests := []struct {
		lang      scan.Language
		src, want string
		detail    string
	}{
		{scan.Python, "from http import HTTPStatus\nx = HTTPStatus." + cursor, "NOT_FOUND", "404 Not Found"},
		{scan.Python, "from rest_framework import status\nreturn Response(data, status=status.HTTP_" + cursor + ")", "HTTP_404_NOT_FOUND", "404 Not Found"},
		{scan.TypeScript, "import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes." + cursor + ")", "NOT_FOUND", "404 Not Found"},
		{scan.TypeScript, "throw new HttpException('x', HttpStatus.FORB" + cursor + ")", "FORBIDDEN", "403 Forbidden"},
		{scan.Java, "return ResponseEntity.status(HttpStatus." + cursor + ").build();", "NOT_FOUND", "404 Not Found"},
		{scan.Java, "response.sendError(HttpServletResponse.SC_" + cursor + ");", "SC_NOT_FOUND", "404 Not Found"},
		{scan.CSharp, "return StatusCode(StatusCodes.Status4" + cursor + ");", "Status404NotFound", "404 Not Found"},
		{scan.CSharp, "if (r.StatusCode == HttpStatusCode." + cursor + ")", "NotFound", "404 Not Found"},
		{scan.Kotlin, "call.respond(HttpStatusCode." + cursor + ")", "NotFound", "404 Not Found"},
		{scan.Rust, "Ok(StatusCode::" + cursor + ")", "NOT_FOUND", "404 Not Found"},
		{scan.PHP, "return new Response('', Response::HTTP_" + cursor + ");", "HTTP_NOT_FOUND", "404 Not Found"},
		{scan.Ruby, "render json: x, status: :" + cursor, "not_found", "404 Not Found"},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang)+" "+tt.want, func(t *testing.T) {
			s := featureServer(t)
			d, off := openMarked(t, s, "file:///x/f", tt.lang, tt.src)
			items := s.complete(d, off)
			it, ok := find(items, tt.want)
			if !ok {
				t.Fatalf("no %q among %d items %v", tt.want, len(items), labels(items)[:min(5, len(items))])
			}
			if detail, _ := it.Detail.Get(); detail != tt.detail {
				t.Errorf("detail %q, want %q", detail, tt.detail)
			}
			got := applyItem(t, s, d, it)
			if !strings.Contains(got, tt.want) || strings.Count(got, tt.want) != 1 {
				t.Errorf("applied: %s", got)
			}
		})
	}
	// A qualifier that is not a status (a variable called status) gives nothing.
	s := featureServer(t)
	d, off := openMarked(t, s, "file:///x/f", scan.Python, "print(job.status."+cursor+")\n")
	if items := s.complete(d, off); len(items) != 0 {
		t.Errorf("job.status. is not DRF: %v", labels(items)[:3])
	}
}

func TestCompleteCustomCodes(t *testing.T) {
	s := featureServer(t)
	s.setChanged(settings.Settings{Codes: []settings.CustomCode{{Code: 460, Phrase: "Client Closed Early", Description: "Our gateway says so."}}})
	d, off := openMarked(t, s, "untitled:x", scan.Go, goImportsHTTP+"func h(w http.ResponseWriter) {\n\tw.WriteHeader(46"+cursor+")\n}\n")
	items := s.complete(d, off)
	it, ok := find(items, "460 Client Closed Early")
	if !ok {
		t.Fatalf("custom code missing: %v", labels(items))
	}
	doc := it.Documentation.(*protocol.MarkupContent)
	if !strings.Contains(doc.Value, "Our gateway says so.") {
		t.Errorf("doc = %q", doc.Value)
	}
}

func TestCompletionResolve(t *testing.T) {
	s := featureServer(t)
	s.completion().lazyDocs = true
	defer func() { s.completion().lazyDocs = false }()
	d, off := openMarked(t, s, "file:///x/main.go", scan.Go, goImportsHTTP+"func h(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusNotF"+cursor+")\n}\n")
	it, ok := find(s.complete(d, off), "StatusNotFound")
	if !ok {
		t.Fatal("no item")
	}
	if it.Documentation != nil {
		t.Fatal("with lazy documentation the list carries none")
	}
	res, err := s.CompletionResolve(t.Context(), &it)
	if err != nil {
		t.Fatal(err)
	}
	doc, ok := res.Documentation.(*protocol.MarkupContent)
	if !ok || !strings.Contains(doc.Value, "404") {
		t.Errorf("resolved documentation = %#v", res.Documentation)
	}
}

func TestParseGoHeader(t *testing.T) {
	src := []byte("// doc\npackage p\n\nimport \"os\"\nimport (\n\tx \"net/http\"\n\t_ \"embed\"\n\t. \"strings\"\n)\n\nvar y = 1\n")
	h := parseGoHeader(src)
	if !h.parsed {
		t.Fatalf("header = %+v", h)
	}
	if name, missing := h.httpName(); name != "x" || missing {
		t.Errorf("httpName = %q, %v", name, missing)
	}
	if got := string(src[:h.end]); !strings.HasSuffix(got, ")") {
		t.Errorf("header ends at %q", got)
	}
	if _, _, ok := h.importEdit(src); ok {
		t.Error("net/http is imported: no edit")
	}
	// Another package named http: a new import takes another name.
	h = parseGoHeader([]byte("package p\n\nimport \"example.com/http\"\n\nfunc f() {}\n"))
	if name, missing := h.httpName(); name == "http" || !missing {
		t.Errorf("with another http package: %q, %v", name, missing)
	}
	for _, broken := range []string{"", "package", "package p\nimport (", "package p\nimport (\n\t\"a\"\n", "\xff\xfe"} {
		_ = parseGoHeader([]byte(broken)) // must not panic
	}
}
