package scan

import (
	"bytes"
	"fmt"
	"go/parser"
	gotoken "go/token"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"httpstatus-lsp/knowledge"
)

// goCase is a Go snippet in which every expected occurrence is written
// «like this»; roles lists the expected role of each mark, in order.
type goCase struct {
	name  string
	src   string
	roles []Role
}

// goMarks strips «» marks and returns the clean text and the marked spans.
func goMarks(t *testing.T, src string) ([]byte, [][2]int) {
	t.Helper()
	var out []byte
	var spans [][2]int
	open := -1
	for i := 0; i < len(src); {
		switch {
		case strings.HasPrefix(src[i:], "«"):
			open = len(out)
			i += len("«")
		case strings.HasPrefix(src[i:], "»"):
			if open < 0 {
				t.Fatalf("stray » in %q", src)
			}
			spans = append(spans, [2]int{open, len(out)})
			open = -1
			i += len("»")
		default:
			out = append(out, src[i])
			i++
		}
	}
	return out, spans
}

const (
	S = RoleStatus
	C = RoleCompare
	R = RoleRange
	E = RoleError
	D = RoleRedirect
)

var goCases = []goCase{
	{"net/http handler", `package api

import "net/http"

func h(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(«404»)
	rw.WriteHeader(«0»)
	http.Error(w, "missing", «500»)
	http.Redirect(w, r, "/login", «302»)
	_ = http.StatusText(«418»)
	w.WriteHeader(http.«StatusNotFound»)
	http.Error(w, "gone", http.«StatusNotFound»)
}`, []Role{S, S, E, D, S, S, E}},

	{"alias import", `package api
import (
	"fmt"
	h "net/http"
)
func f(w h.ResponseWriter) {
	w.WriteHeader(h.«StatusNotFound»)
	_ = http.StatusNotFound
	h.Error(w, "x", «404»)
	http.Error(w, "x", 404)
}`, []Role{S, E}},

	{"dot import", `package api
import . "net/http"
func f(w ResponseWriter, r *Request) {
	w.WriteHeader(«StatusNotFound»)
	Error(w, "x", «404»)
	Redirect(w, r, "/", «301»)
	x.StatusNotFound = 1
}`, []Role{S, E, D}},

	{"other package named http", `package api
import "example.com/foo/http"
func f() {
	w.WriteHeader(http.StatusNotFound)
	http.Error(w, "x", 404)
}`, nil},

	{"snippet without imports", `w.WriteHeader(http.«StatusNotFound»)
http.Error(w, "x", «503»)`, []Role{S, E}},

	{"blank import does not name the package", `package p
import _ "net/http"
var x = http.StatusNotFound`, nil},

	{"fiber", `package api
import "github.com/gofiber/fiber/v2"
func h(c *fiber.Ctx) error {
	if c.Params("id") == "" {
		return fiber.NewError(«400», "no id")
	}
	c.Status(«201»).JSON(x)
	c.Redirect("/elsewhere", «302»)
	_ = fiber.«StatusNotFound»
	return c.SendStatus(«204»)
}`, []Role{E, S, D, S, S}},

	{"fiber v3 and fasthttp and iris constants", `package api
import (
	"github.com/gofiber/fiber/v3"
	"github.com/valyala/fasthttp"
	"github.com/kataras/iris/v12"
)
var a, b, c = fiber.«StatusNotFound», fasthttp.«StatusNotFound», iris.«StatusNotFound»
func f(ctx *fasthttp.RequestCtx) {
	ctx.SetStatusCode(«404»)
	ctx.Error("nope", «404»)
}`, []Role{S, S, S, S, E}},

	{"gin", `package api
import (
	"net/http"
	"github.com/gin-gonic/gin"
)
func h(c *gin.Context) {
	c.JSON(«200», gin.H{"ok": true})
	c.IndentedJSON(«201», v)
	c.String(«404», "not here")
	c.AbortWithStatus(«401»)
	c.AbortWithStatusJSON(«403», gin.H{})
	c.Data(«200», "text/plain", b)
	c.Redirect(«301», "/new")
	c.Status(«202»)
	c.Writer.WriteHeader(«500»)
	c.JSON(http.«StatusNotFound», nil)
}`, []Role{S, S, S, S, S, S, D, S, S, S}},

	{"echo and chi", `package api
import (
	"github.com/labstack/echo/v4"
	"github.com/go-chi/render"
)
func h(c echo.Context) error {
	render.Status(r, «201»)
	if bad {
		return echo.NewHTTPError(«422», "invalid")
	}
	return c.NoContent(«204»)
}`, []Role{S, E, S}},

	{"composite literals", `package p
import ("net/http"; "net/http/httptest")
var r = &http.Response{StatusCode: «404», Body: b}
var rec = httptest.ResponseRecorder{Code: «200»}
var z = http.Response{StatusCode: 0}
var tc = []struct{ wantStatus int }{{wantStatus: «409»}, {wantStatus: 7}}
var body = map[string]any{"status": «500», "count": 404}
var e = AppError{Code: 1001}
`, []Role{S, S, S, S}},

	{"comparisons", `package p
import "net/http"
func f(resp *http.Response, rr *httptest.ResponseRecorder) {
	if resp.StatusCode == «200» {}
	if «200» != resp.StatusCode {}
	if resp.StatusCode >= «500» && resp.StatusCode < «600» {}
	if rr.Code != «201» {}
	if status == «404» || statusCode > «399» {}
	if w.Result().StatusCode == «204» {}
	if resp.StatusCode == http.«StatusNotFound» {}
	if resp.StatusCode >= http.«StatusNotFound» {}
	if status == 1 {}
	if err.Code == 1062 {}
	if resp.StatusCode/100 == 2 {}
	if resp.StatusCode == 200+x {}
	if i < 404 {}
	if resp.StatusCode == 0 {}
	if apiErr.Code == «429» {}
}`, []Role{C, C, R, R, C, C, R, C, C, R, C}},

	{"switch on a status", `package p
func f(resp *http.Response) {
	switch resp.StatusCode {
	case «404», «410»:
		x := []int{1, 2}
		return
	case http.«StatusNotFound»:
	}
	switch n := len(b); n {
	case 404:
	}
	switch code := rr.Code; code {
	case «503»:
	}
}`, []Role{C, C, C, C}},

	{"assertions", `package p
func TestX(t *testing.T) {
	assert.Equal(t, «404», rr.Code)
	require.Equal(t, rr.Code, «404»)
	assert.Equal(t, http.«StatusNotFound», w.Code)
	assert.Equal(t, «201», resp.StatusCode, "created")
	assert.EqualValues(t, «500», res.StatusCode)
	assert.Equal(t, 404, len(items))
	assert.Equal(t, 3, count)
	s.Equal(«302», w.Code)
	assert.Equal(t, «200», http.«StatusNotFound»)
}`, []Role{C, C, C, C, C, C, C, C}},

	{"assignments", `package p
func f() {
	status := «404»
	rr.Code = «500»
	var status int = «201»
	resp.StatusCode = «502»
	code = «200»
	code = 1
	exitCode := 2
	n := 404
	status := 404 + offset
}`, []Role{S, S, S, S, S}},

	{"status methods return codes", `package p
func (e *NotFoundError) StatusCode() int { return «404» }
func (e *Conflict) HTTPStatus() int {
	return «409»
}
func statusFor(err error) (int, string) {
	f := func() int { return 3 }
	return «400», "bad"
}
func count() int { return 404 }
func (s *Srv) Len() int { return 500 }
`, []Role{S, S, S}},

	{"response helpers", `package p
func h(w http.ResponseWriter, r *http.Request) {
	respondError(w, «404», "not found")
	writeJSON(w, «201», item)
	renderJSON(w, r, «200»)
	writeBatch(buf, 500)
	fmt.Fprint(w, 404)
	sendChunks(ctx, 100)
	respondError(w, 42, "x")
}`, []Role{E, S, S}},

	{"weak names count only in HTTP files", `package main
import ("os"; "os/exec")
func main() {
	code := 200
	if status == 404 || code == 127 {}
	resp.StatusCode = «404»
	w.WriteHeader(«500»)
}`, []Role{S, S}},

	{"gomega, lists and got/want", `package p
import "net/http"
var retryableStatus = map[int]bool{«429»: true, «503»: true}
var retryable = map[int]bool{429: true}
var sizes = map[int]bool{404: true}
var okStatuses = []int{«200», «204»}
var p = Policy{Statuses: []int{«502»}, Sizes: []int{500}}
func T() {
	Expect(resp.StatusCode).To(Equal(«404»))
	Expect(len(x)).To(Equal(404))
	Expect(rr.Code).Should(BeNumerically(">=", «500»))
	Expect(n).To(Equal(500))
	if got, want := rr.Code, «201»; got != want {}
	if got, want := n, 201; got != want {}
	for _, code := range []int{«301», «308»} {}
	for i, n := range []int{301, 308} {}
}`, []Role{C, C, C, C, C, C, R, C, C, C}},

	{"more shapes", `package p
import "net/http"
func f(c echo.Context, resp *http.Response) {
	c.Response().WriteHeader(«404»)
	if «500» <= resp.StatusCode {}
	switch resp.StatusCode {
	case «404»:
		w.WriteHeader(http.«StatusNotFound»)
		a, b := 1, 404
		x := http.«StatusNotFound»
	default:
	}
	select {
	case <-done:
	}
	var s struct{ StatusCode int }
	s.StatusCode = «418»
	resp.StatusCode, err = 404, nil
}`, []Role{S, R, C, S, S, S}},

	{"negatives", `package p
import ("net/http"; "time")
func f() {
	time.Sleep(404 * time.Millisecond)
	d := time.Duration(500) * time.Millisecond
	buf := make([]byte, 404)
	http.ListenAndServe(":8080", nil)
	x := items[404]
	for i := 0; i < 404; i++ {}
	w.WriteHeader(300 + x)
	w.WriteHeader(0x194)
	w.WriteHeader(0644)
	w.WriteHeader(404.0)
	w.WriteHeader(1_000)
	w.WriteHeader('4')
	s := "w.WriteHeader(404)"
	r := ` + "`w.WriteHeader(404)`" + `
	// w.WriteHeader(404)
	/* http.Error(w, "x", 500) */
	year := 2024
	v := "1.404.2"
	y := -404
	fmt.Errorf("status %d", 404)
	t.Errorf("got %d want %d", rr.Code, 404)
	_ = http.«StatusNotFound» + 1
	w.WriteHeader(x.StatusNotFound)
}`, []Role{S}},
}

func TestScanGoCases(t *testing.T) {
	for _, tc := range goCases {
		t.Run(tc.name, func(t *testing.T) {
			src, spans := goMarks(t, tc.src)
			if len(spans) != len(tc.roles) {
				t.Fatalf("test bug: %d marks, %d roles", len(spans), len(tc.roles))
			}
			got := Scan(src, Go)
			want := map[[2]int]Role{}
			for i, sp := range spans {
				want[sp] = tc.roles[i]
			}
			seen := map[[2]int]bool{}
			for _, o := range got {
				sp := [2]int{o.Start, o.End}
				role, ok := want[sp]
				if !ok {
					t.Errorf("unexpected %q at %d (%s, role %d)", src[o.Start:o.End], o.Start, o.Context, o.Role)
					continue
				}
				seen[sp] = true
				if o.Role != role {
					t.Errorf("%q at %d: role %d, want %d (context %s)", src[o.Start:o.End], o.Start, o.Role, role, o.Context)
				}
				if o.Kind == Literal {
					if fmt.Sprint(o.Code) != string(src[o.Start:o.End]) {
						t.Errorf("literal %q reported as %d", src[o.Start:o.End], o.Code)
					}
				} else {
					if o.Ecosystem != "go" || o.Name != string(src[o.Start:o.End]) || o.Code != 404 {
						t.Errorf("constant %q: %+v", src[o.Start:o.End], o)
					}
				}
			}
			for _, sp := range spans {
				if !seen[sp] {
					t.Errorf("missed %q at %d (line %d)", src[sp[0]:sp[1]], sp[0], bytes.Count(src[:sp[0]], []byte("\n"))+1)
				}
			}
		})
	}
}

// Every net/http constant the catalog knows is recognized with its code.
func TestScanGoCatalogConstants(t *testing.T) {
	var b strings.Builder
	b.WriteString("package p\nimport \"net/http\"\nvar codes = []int{\n")
	names := goConstNames()
	if len(names) == 0 {
		t.Fatal("the catalog has no go constants")
	}
	for _, n := range names {
		fmt.Fprintf(&b, "\thttp.%s,\n", n)
	}
	b.WriteString("}\n")
	got := Scan([]byte(b.String()), Go)
	if len(got) != len(names) {
		t.Fatalf("found %d constants, want %d", len(got), len(names))
	}
	for i, o := range got {
		if o.Name != names[i] || o.Kind != Constant || o.Ecosystem != "go" {
			t.Errorf("occurrence %d: %+v, want %s", i, o, names[i])
		}
	}
}

func goConstNames() []string {
	var names []string
	for n := range knowledge.Default().Constants(knowledge.EcoGo) {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func TestGoHTTPImport(t *testing.T) {
	cases := []struct {
		src      string
		name     string
		imported bool
	}{
		{"package p\nimport \"net/http\"\n", "http", true},
		{"package p\nimport (\n\t\"fmt\"\n\th \"net/http\"\n)\n", "h", true},
		{"package p\nimport . \"net/http\"\n", ".", true},
		{"package p\nimport _ \"net/http\"\n", "http", false},
		{"package p\n", "http", false},
		{"package p\nimport \"example.com/x/http\"\n", "nethttp", false},
		{"package p\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n", "http", false},
		{"", "http", false},
	}
	for _, c := range cases {
		name, imported := GoHTTPImport([]byte(c.src))
		if name != c.name || imported != c.imported {
			t.Errorf("%q: got (%q, %v), want (%q, %v)", c.src, name, imported, c.name, c.imported)
		}
	}
}

func TestGoImportInsertion(t *testing.T) {
	cases := []struct{ src, want string }{
		{"package p\n\nfunc f() {}\n", "package p\n\nimport \"net/http\"\n\nfunc f() {}\n"},
		{"package p\n\nimport \"fmt\"\n\nfunc f() {}\n", "package p\n\nimport \"fmt\"\nimport \"net/http\"\n\nfunc f() {}\n"},
		{"package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n", "package p\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n"},
		{"package p\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\n\t\"github.com/x/y\"\n)\n", "package p\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"net/http\"\n\n\t\"github.com/x/y\"\n)\n"},
		{"package p\n\nimport (\n\t\"github.com/x/y\"\n)\n", "package p\n\nimport (\n\t\"net/http\"\n\t\"github.com/x/y\"\n)\n"},
		{"package p\n\nimport (\n\t\"example.com/a/http\"\n)\n", "package p\n\nimport (\n\tnethttp \"net/http\"\n\t\"example.com/a/http\"\n)\n"},
		{"w.WriteHeader(404)\n", "import \"net/http\"\n\nw.WriteHeader(404)\n"},
		{"package p\nimport (\"fmt\"; \"os\")\n", "package p\nimport (\"fmt\"; \"net/http\"; \"os\")\n"},
		{"package p\nimport (\"fmt\")\n", "package p\nimport (\"fmt\"; \"net/http\")\n"},
		{"package p\nimport ()\n", "package p\nimport (\"net/http\")\n"},
		{"package p\r\n\r\nimport \"fmt\"\r\n", "package p\r\n\r\nimport \"fmt\"\nimport \"net/http\"\r\n"},
	}
	for _, c := range cases {
		off, text := GoImportInsertion([]byte(c.src))
		if off < 0 || off > len(c.src) {
			t.Errorf("%q: offset %d out of range", c.src, off)
			continue
		}
		if got := c.src[:off] + text + c.src[off:]; got != c.want {
			t.Errorf("%q:\ngot  %q\nwant %q", c.src, got, c.want)
		}
	}
	for _, c := range cases {
		off, text := GoImportInsertion([]byte(c.src))
		checkInsertion(t, []byte(c.src), off, text)
	}
	if off, text := GoImportInsertion([]byte("package p\nimport h \"net/http\"\n")); off != -1 || text != "" {
		t.Errorf("already imported: got (%d, %q)", off, text)
	}
}

// checkOccurrences verifies the invariants every scan result must keep.
func checkOccurrences(t testing.TB, src []byte, occ []Occurrence) {
	t.Helper()
	for i, o := range occ {
		if o.Start < 0 || o.End > len(src) || o.Start >= o.End {
			t.Fatalf("occurrence %d out of bounds: %+v (len %d)", i, o, len(src))
		}
		if i > 0 && occ[i-1].Start > o.Start {
			t.Fatalf("occurrences not sorted at %d", i)
		}
		if o.Kind == Literal {
			for _, c := range src[o.Start:o.End] {
				if c < '0' || c > '9' {
					t.Fatalf("literal occurrence %q is not digits", src[o.Start:o.End])
				}
			}
		}
	}
}

func TestScanGoRobust(t *testing.T) {
	big := bytes.Repeat([]byte("func h(w http.ResponseWriter) { w.WriteHeader(404); time.Sleep(5 * time.Second) }\n"), 5<<20/80)
	inputs := map[string][]byte{
		"empty":               nil,
		"invalid utf8":        []byte("package p\nfunc f() { w.WriteHeader(404) \xff\xfe\x80 w.WriteHeader(500) }"),
		"nul":                 []byte("package p\x00\nfunc f() { w.WriteHeader(\x00404) ; w.WriteHeader(404) }"),
		"unterminated str":    []byte("package p\nfunc f() { w.WriteHeader(404); s := \"w.WriteHeader(500)"),
		"unterminated raw":    []byte("package p\nvar s = `w.WriteHeader(500)\n"),
		"unterminated cmt":    []byte("w.WriteHeader(404)\n/* w.WriteHeader(500)"),
		"unterminated rune":   []byte("x := '4"),
		"unbalanced":          []byte(")))}}}]]] w.WriteHeader(404) ((({{{ [[["),
		"deep nesting":        append(bytes.Repeat([]byte("f("), 200000), []byte("404")...),
		"deep braces":         bytes.Repeat([]byte("{"), 300000),
		"lonely tokens":       []byte("package\nimport\nimport (\nfunc\nswitch\ncase 404:\nreturn 404"),
		"5 MB":                big,
		"huge number":         []byte("w.WriteHeader(99999999999999999999999999)"),
		"only an import":      []byte("import \""),
		"bom":                 []byte("\xef\xbb\xbfpackage p\nfunc f() { w.WriteHeader(404) }"),
		"assert at EOF":       []byte("assert.Equal(t, 404, rr.Code"),
		"switch without body": []byte("switch resp.StatusCode"),
	}
	for name, src := range inputs {
		t.Run(name, func(t *testing.T) {
			occ := Scan(src, Go)
			checkOccurrences(t, src, occ)
		})
	}
	// The valid statements around broken bytes are still found.
	if occ := Scan(inputs["invalid utf8"], Go); len(occ) != 2 {
		t.Errorf("invalid utf8: got %d occurrences, want 2", len(occ))
	}
	if occ := Scan(inputs["unterminated str"], Go); len(occ) != 1 || occ[0].Code != 404 {
		t.Errorf("unterminated string: got %+v", occ)
	}
	if occ := Scan(big, Go); len(occ) != 5<<20/80 {
		t.Errorf("5 MB: got %d occurrences, want %d", len(occ), 5<<20/80)
	}
}

// checkInsertion: when src is a valid Go file, inserting the import keeps it
// valid and makes net/http visible.
func checkInsertion(t *testing.T, src []byte, off int, text string) {
	t.Helper()
	if off < 0 {
		return
	}
	if _, err := parser.ParseFile(gotoken.NewFileSet(), "", src, parser.SkipObjectResolution); err != nil {
		return
	}
	out := string(src[:off]) + text + string(src[off:])
	f, err := parser.ParseFile(gotoken.NewFileSet(), "", out, parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("after inserting %q at %d the file no longer parses: %v\n%s", text, off, err, out)
	}
	found := false
	for _, im := range f.Imports {
		found = found || im.Path.Value == `"net/http"`
	}
	if !found {
		t.Fatalf("after inserting %q at %d net/http is not imported:\n%s", text, off, out)
	}
	if _, ok := GoHTTPImport([]byte(out)); !ok {
		t.Fatalf("GoHTTPImport does not see the inserted import:\n%s", out)
	}
}

func FuzzScanGo(f *testing.F) {
	for _, tc := range goCases {
		src, _ := goMarks(&testing.T{}, tc.src)
		f.Add(src)
	}
	f.Add([]byte("import (\n\th \"net/http\"\n)\nswitch x.StatusCode { case 404: }"))
	f.Add([]byte("func (e E) StatusCode() int { return 404 }"))
	f.Fuzz(func(t *testing.T, src []byte) {
		occ := Scan(src, Go)
		checkOccurrences(t, src, occ)
		for _, o := range occ {
			if o.Kind == Constant && !utf8.Valid(src[o.Start:o.End]) {
				t.Fatalf("constant with invalid name %q", src[o.Start:o.End])
			}
		}
		GoHTTPImport(src)
		off, text := GoImportInsertion(src)
		if off < -1 || off > len(src) {
			t.Fatalf("insertion offset %d out of range", off)
		}
		checkInsertion(t, src, off, text)
	})
}

func TestGoNameStrength(t *testing.T) {
	cases := map[string]int8{
		"StatusCode": 2, "statusCode": 2, "wantStatusCode": 2, "status_code": 2, "StatusCodes": 2,
		"httpStatus": 2, "HTTPStatus": 2, "http_status": 2,
		"status": 1, "Status": 1, "wantStatus": 1, "statuses": 1, "okStatuses": 1, "Statuses": 1,
		"code": 1, "wantCode": 1, "httpCode": 1, "expected_code": 1, "wantCodes": 1,
		"statusCheckInterval": 0, "statusMu": 0, "statusText": 0, "exitCode": 0, "errorCode": 0,
		"zipCode": 0, "opcode": 0, "count": 0, "": 0,
	}
	for name, want := range cases {
		if got := goNameStrength([]byte(name), nil); got != want {
			t.Errorf("%q: strength %d, want %d", name, got, want)
		}
	}
	if got := goNameStrength([]byte("Code"), []byte("rr")); got != 2 {
		t.Errorf("rr.Code: strength %d, want 2", got)
	}
	for name, want := range map[string]int8{"statusFor": 1, "httpStatusFromGRPC": 2, "StatusCode": 2, "Len": 0} {
		if got := goFuncStrength([]byte(name)); got != want {
			t.Errorf("func %q: strength %d, want %d", name, got, want)
		}
	}
}

func TestGoStatusPosition(t *testing.T) {
	cases := []struct {
		src  string // | marks the cursor
		role Role
		ok   bool
	}{
		{"package p\nimport \"net/http\"\nfunc f() {\n\tw.WriteHeader(4|\n}", RoleStatus, true},
		{"package p\nfunc f() {\n\tw.WriteHeader(|)\n}", RoleStatus, true},
		{"package p\nfunc f() {\n\thttp.Error(w, \"x\", 50|)\n}", RoleError, true},
		{"package p\nfunc f() {\n\tif resp.StatusCode == 4|\n}", RoleCompare, true},
		{"package p\nfunc f() {\n\tif resp.StatusCode == 4| {\n\t}\n}", RoleCompare, true},
		{"package p\nfunc f() {\n\ttime.Sleep(4|)\n}", 0, false},
		{"package p\nfunc f() {\n\tw.WriteHeader(x4|)\n}", 0, false},
		{"", 0, false},
	}
	for _, c := range cases {
		off := strings.Index(c.src, "|")
		src := c.src
		if off >= 0 {
			src = c.src[:off] + c.src[off+1:]
		} else {
			off = 0
		}
		role, ok := GoStatusPosition([]byte(src), off)
		if ok != c.ok || (ok && role != c.role) {
			t.Errorf("%q: got (%d, %v), want (%d, %v)", c.src, role, ok, c.role, c.ok)
		}
	}
	if _, ok := GoStatusPosition([]byte("x"), 5); ok {
		t.Error("offset past the end accepted")
	}
}
