package scan

// Recognizers for data formats: YAML and JSON (OpenAPI/Swagger documents,
// fixtures, mocks), HTTP transcripts (.http/.rest files, raw exchanges, access
// logs) and Markdown (fenced code blocks, scanned in the fence's language).
//
// In data a number is a status only where the key or the line says so:
//   - a key of a `responses` mapping ('404':, "404":, 404:) — context "openapi";
//   - the value of a status-named key (status, statusCode, status_code,
//     expectedStatus, http.status_code, ...) when it is 100-599, or each
//     element of a list or a 100-599 key of a mapping under such a key —
//     context "status:".
// Everything else (ports, replicas, sizes, versions, timeouts) stays silent.

import "bytes"

func init() {
	scanners[YAML] = scanYAML
	scanners[JSON] = scanJSON
	scanners[HTTP] = scanHTTP
	scanners[Markdown] = scanMarkdown
}

// Contexts reported by the data recognizers.
const (
	ctxOpenAPI    = "openapi"     // a key of a responses mapping
	ctxStatusKey  = "status:"     // the value of a status-named key
	ctxStatusLine = "status-line" // HTTP/1.1 404, or the status after the request in an access log
	ctxStatusHdr  = "Status:"     // a CGI Status header or an HTTP/2 :status pseudo-header
	ctxAssert     = "?? status"   // an httpyac assertion in an .http file
)

// dataStatusKeyExact lists normalized keys (lower case, without _ - . and
// spaces) that hold a status although they do not end in status/statuscode(s).
var dataStatusKeyExact = map[string]bool{
	"httpcode":         true,
	"responsecode":     true,
	"httpresponsecode": true,
	"redirectcode":     true,
}

// dataStatusKeyDenied lists normalized status-suffixed keys that name
// something else (process exit statuses).
var dataStatusKeyDenied = map[string]bool{
	"exitstatus":    true,
	"returnstatus":  true,
	"processstatus": true,
	"jobstatus":     true,
	"buildstatus":   true,
	"waitstatus":    true,
}

// dataStatusKey reports whether a mapping key (or logfmt key) names an HTTP
// status: status, statusCode, status_code, http.status_code, expectedStatus,
// retriable_status_codes, ... The role is RoleRedirect for redirect keys
// (redirectCode, redirect_status) and RoleStatus otherwise.
func dataStatusKey(k []byte) (Role, bool) {
	if len(k) == 0 || len(k) > 64 {
		return 0, false
	}
	// Quick reject: every accepted key ends, once _ - . and spaces are
	// dropped, in s (status) or e (statuscode, httpcode, ...).
	j := len(k) - 1
	for j >= 0 && (k[j] == '_' || k[j] == '-' || k[j] == '.' || k[j] == ' ') {
		j--
	}
	if j < 0 || k[j]|0x20 != 's' && k[j]|0x20 != 'e' {
		return 0, false
	}
	var buf [64]byte
	n := 0
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c == '_' || c == '-' || c == '.' || c == ' ':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	s := buf[:n]
	if dataStatusKeyDenied[string(s)] || !(bytes.HasSuffix(s, []byte("status")) || bytes.HasSuffix(s, []byte("statuscode")) || bytes.HasSuffix(s, []byte("statuscodes")) || dataStatusKeyExact[string(s)]) {
		return 0, false
	}
	if bytes.HasPrefix(s, []byte("redirect")) {
		return RoleRedirect, true
	}
	return RoleStatus, true
}

// dataKeyStatus reports an integer mapping key [start,end) with value code
// when its parent key makes it a status: any integer under `responses`, a
// 100-599 code under a status-named key (statusCodes: {200: ...}).
func dataKeyStatus(occ []Occurrence, parent []byte, start, end, code int) []Occurrence {
	switch {
	case string(parent) == "responses":
		return append(occ, Occurrence{Start: start, End: end, Code: code, Kind: Literal, Role: RoleStatus, Context: ctxOpenAPI})
	case end-start == 3 && code >= 100 && code <= 599:
		if role, ok := dataStatusKey(parent); ok {
			return append(occ, Occurrence{Start: start, End: end, Code: code, Kind: Literal, Role: role, Context: ctxStatusKey})
		}
	}
	return occ
}

// dataInt parses a decimal integer token (no sign, no leading zero unless it
// is 0, at most 9 digits); ok is false for anything else.
func dataInt(tok []byte) (int, bool) {
	if len(tok) == 0 || len(tok) > 9 || (len(tok) > 1 && tok[0] == '0') {
		return 0, false
	}
	n := 0
	for _, c := range tok {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// dataStatusValue parses a value that may hold a status: exactly three digits
// in 100-599.
func dataStatusValue(tok []byte) (int, bool) {
	if len(tok) != 3 {
		return 0, false
	}
	n, ok := dataInt(tok)
	return n, ok && n >= 100 && n <= 599
}

func dataIsSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' }

func dataIsWord(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// flowScanner reads JSON, JSONC and YAML flow collections ({...}, [...]) with
// an explicit stack (deep nesting cannot overflow), tracking for each
// container the key it is the value of.
type flowScanner struct {
	src  []byte
	yaml bool // # comments after whitespace, plain (unquoted) scalars
	// stopAtBlank ends the scan at an empty line (bodies in HTTP transcripts).
	stopAtBlank bool
	// yamlStop, when >= 0, gives up at a line indented no more than this
	// that does not close a bracket (an unbalanced flow in YAML).
	yamlStop int
	occ      []Occurrence
	stack    []flowFrame // reused between calls of scan
}

// flowMaxDepth bounds the tracked nesting; deeper brackets are only counted.
const flowMaxDepth = 200

type flowFrame struct {
	object  bool
	owner   []byte // the key this container is the value of (nil if none)
	key     []byte // object: the current key
	inValue bool   // object: after the colon
}

// scan reads one value starting at or after pos (skipping space), owned by
// owner, and returns the offset just after it. A lone scalar is skipped.
func (f *flowScanner) scan(pos int, owner []byte) int {
	end, stack := f.scanFrom(pos, owner, f.stack[:0])
	f.stack = stack[:0]
	return end
}

// scanFrom is scan with the stack storage passed in and handed back.
func (f *flowScanner) scanFrom(pos int, owner []byte, stack []flowFrame) (int, []flowFrame) {
	src := f.src
	// pending holds the last scalar in an object in key position, until
	// the colon proves it is a key.
	var pendKey []byte
	var pendTok [2]int
	var pendInt int
	var pendIsN, havePend bool
	deep := 0 // brackets open beyond flowMaxDepth
	for pos < len(src) {
		c := src[pos]
		switch {
		case c == '\n':
			pos++
			if f.stopAtBlank || f.yamlStop >= 0 {
				j := pos
				for j < len(src) && dataIsSpace(src[j]) {
					j++
				}
				blank := j >= len(src) || src[j] == '\n'
				if f.stopAtBlank && blank {
					return pos, stack
				}
				if f.yamlStop >= 0 && !blank && j-pos <= f.yamlStop && src[j] != '}' && src[j] != ']' {
					return pos, stack
				}
			}
			continue
		case dataIsSpace(c):
			pos++
			for pos < len(src) && dataIsSpace(src[pos]) {
				pos++
			}
			continue
		case c == '#' && f.yaml && (pos == 0 || dataIsSpace(src[pos-1]) || src[pos-1] == '\n'):
			for pos < len(src) && src[pos] != '\n' {
				pos++
			}
			continue
		case c == '/' && !f.yaml && pos+1 < len(src) && src[pos+1] == '/':
			for pos < len(src) && src[pos] != '\n' {
				pos++
			}
			continue
		case c == '/' && !f.yaml && pos+1 < len(src) && src[pos+1] == '*':
			end := bytes.Index(src[pos+2:], []byte("*/"))
			if end < 0 {
				return len(src), stack
			}
			pos += 2 + end + 2
			continue
		}
		if len(stack) == 0 && c != '{' && c != '[' {
			return pos, stack // only containers are read
		}
		if deep > 0 && c != '{' && c != '[' && c != '}' && c != ']' {
			pos++
			continue
		}
		switch c {
		case '{', '[':
			if len(stack) >= flowMaxDepth {
				deep++ // too deep to matter: count the brackets only
				pos++
				continue
			}
			own := owner
			if n := len(stack); n > 0 {
				top := &stack[n-1]
				if top.object {
					own = top.key
				} else {
					own = top.owner
				}
			}
			stack = append(stack, flowFrame{object: c == '{', owner: own})
			havePend = false
			pos++
			continue
		case '}', ']':
			if deep > 0 {
				deep--
				pos++
				continue
			}
			stack = stack[:len(stack)-1]
			pos++
			havePend = false
			if len(stack) == 0 {
				return pos, stack
			}
			continue
		case ',':
			top := &stack[len(stack)-1]
			if top.object {
				top.inValue = false
				top.key = nil
			}
			havePend = false
			pos++
			continue
		case ':':
			top := &stack[len(stack)-1]
			if top.object && !top.inValue && havePend {
				top.key = pendKey
				top.inValue = true
				if pendIsN {
					f.occ = dataKeyStatus(f.occ, top.owner, pendTok[0], pendTok[1], pendInt)
				}
			}
			havePend = false
			pos++
			continue
		}
		// A scalar: a quoted string or a bare word / number.
		var tok []byte
		var start, end int
		if c == '"' || c == '\'' {
			start = pos + 1
			i := start
			for i < len(src) && src[i] != c && src[i] != '\n' {
				if src[i] == '\\' && c == '"' && i+1 < len(src) && src[i+1] != '\n' {
					i++
				}
				i++
			}
			end = i
			if i < len(src) && src[i] == c {
				i++
			}
			pos = i
		} else {
			start = pos
			i := pos
			for i < len(src) {
				d := src[i]
				if d == ',' || d == '{' || d == '}' || d == '[' || d == ']' || d == '\n' || dataIsSpace(d) ||
					d == '"' || (d == ':' && (i+1 >= len(src) || dataIsSpace(src[i+1]) || src[i+1] == '\n' || !f.yaml)) {
					break
				}
				i++
			}
			if i == start { // a lone colon or quote in value position
				i++
			}
			end = i
			pos = i
		}
		tok = src[start:end]
		top := &stack[len(stack)-1]
		if top.object && !top.inValue {
			pendKey = tok
			pendTok = [2]int{start, end}
			pendInt, pendIsN = dataInt(tok)
			havePend = true
			continue
		}
		key := top.owner
		if top.object {
			key = top.key
		}
		if n, ok := dataStatusValue(tok); ok {
			if role, ok := dataStatusKey(key); ok {
				f.occ = append(f.occ, Occurrence{Start: start, End: end, Code: n, Kind: Literal, Role: role, Context: ctxStatusKey})
			}
		}
		if top.object {
			top.key = nil // a second scalar in the same value (plain words) is not the value any more
		}
	}
	return pos, stack
}

// scanJSON recognizes JSON and JSONC documents.
func scanJSON(src []byte) []Occurrence {
	f := &flowScanner{src: src, yamlStop: -1}
	pos := 0
	for pos < len(src) {
		next := f.scan(pos, nil)
		if next <= pos {
			next = pos + 1 // a stray scalar or closing bracket at top level
		}
		pos = next
	}
	return f.occ
}
