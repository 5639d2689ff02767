package scan

import "bytes"

// scanHTTP recognizes .http/.rest files (JetBrains and VS Code REST Client),
// raw HTTP exchanges (curl -v / -i output) and access logs:
//   - status lines: HTTP/1.1 404 Not Found, HTTP/2 200, < HTTP/1.1 301;
//   - the status after the request in common/combined log lines:
//     "GET /x HTTP/1.1" 404 153;
//   - Status: 404 (CGI) and :status: 404 (HTTP/2 pseudo-header) header lines;
//   - logfmt pairs with a status-named key (status=404, http.status_code=500);
//   - JSON bodies and JSON log lines, through the JSON recognizer;
//   - response handler scripts ({% ... %}), through the JavaScript recognizer,
//     and httpyac assertions (?? status == 200);
//
// Comment lines (# and //), request lines, other headers (Content-Length,
// Host with its port, dates) and plain bodies stay silent.
func scanHTTP(src []byte) []Occurrence {
	var occ []Occurrence
	for pos := 0; pos < len(src); {
		le := bytes.IndexByte(src[pos:], '\n')
		if le < 0 {
			le = len(src)
		} else {
			le += pos
		}
		next := le + 1
		line := src[pos:le]
		t := 0
		for t < len(line) && dataIsSpace(line[t]) {
			t++
		}
		rest := line[t:]
		switch {
		case len(rest) == 0:
		case bytes.HasPrefix(rest, []byte("> {%")) || bytes.HasPrefix(rest, []byte("< {%")):
			// A handler script, up to %}.
			s := pos + t + 4
			e := bytes.Index(src[s:], []byte("%}"))
			if e < 0 {
				e = len(src)
			} else {
				e += s
			}
			occ = append(occ, httpScript(src[s:e], s)...)
			if e >= len(src) {
				return occ
			}
			next = e + 2
			if nl := bytes.IndexByte(src[next:], '\n'); nl >= 0 && nl < len(src) {
				next += nl + 1
			} else {
				next = len(src)
			}
		case bytes.HasPrefix(rest, []byte("??")):
			occ = httpAssert(rest[2:], pos+t+2, occ)
		case rest[0] == '#' || bytes.HasPrefix(rest, []byte("//")):
			// A comment or a ### separator.
		case rest[0] == '{' || rest[0] == '[' && httpJSONArray(rest[1:]):
			f := &flowScanner{src: src, stopAtBlank: true, yamlStop: -1, occ: occ}
			end := f.scan(pos+t, nil)
			occ = f.occ
			// Whatever follows the value on its last line is read as a line.
			if end > pos+t {
				next = end
			}
		default:
			occ = httpLine(src, pos+t, le, occ)
		}
		pos = next
	}
	return occ
}

// httpJSONArray tells a JSON array ([{, [", [] or [ at the end of the line)
// from a bracketed log prefix such as [2024-05-01 10:00:00] or [INFO].
func httpJSONArray(rest []byte) bool {
	i := 0
	for i < len(rest) && dataIsSpace(rest[i]) {
		i++
	}
	return i == len(rest) || rest[i] == '{' || rest[i] == '"' || rest[i] == ']' || rest[i] == '['
}

// httpLine looks for status lines, status headers and logfmt status pairs in
// src[s:e], one line (or the tail of one).
func httpLine(src []byte, s, e int, occ []Occurrence) []Occurrence {
	line := src[s:e]
	// Header-shaped lines: Status: 404 and :status: 404.
	for _, name := range [...]string{"status:", ":status:", ":status "} {
		if len(line) > len(name) && line[0]|0x20 == name[0] && bytes.EqualFold(line[:len(name)], []byte(name)) {
			i := len(name)
			for i < len(line) && dataIsSpace(line[i]) {
				i++
			}
			if j, code, ok := httpCodeAt(line, i); ok {
				return append(occ, Occurrence{Start: s + i, End: s + j, Code: code, Kind: Literal, Role: RoleStatus, Context: ctxStatusHdr})
			}
			return occ
		}
	}
	for i := 0; i < len(line); i++ {
		// only H (HTTP/) and = (logfmt) can start something
		for i < len(line) && !httpLineStop[line[i]] {
			i++
		}
		if i >= len(line) {
			break
		}
		switch c := line[i]; {
		case c == 'H' && bytes.HasPrefix(line[i:], []byte("HTTP/")) && (i == 0 || !dataIsWord(line[i-1]) && line[i-1] != '/'):
			// HTTP/<digit>[.<digit>], then an optional closing quote (a log's
			// request field), spaces and the code.
			j := i + 5
			if j >= len(line) || line[j] < '0' || line[j] > '9' {
				continue
			}
			j++
			if j+1 < len(line) && line[j] == '.' && line[j+1] >= '0' && line[j+1] <= '9' {
				j += 2
			}
			quoted := j < len(line) && line[j] == '"'
			if quoted {
				j++
			}
			k := j
			for k < len(line) && line[k] == ' ' {
				k++
			}
			if k == j || k-j > 1 && !quoted {
				i = j - 1
				continue
			}
			if end, code, ok := httpCodeAt(line, k); ok {
				occ = append(occ, Occurrence{Start: s + k, End: s + end, Code: code, Kind: Literal, Role: RoleStatus, Context: ctxStatusLine})
				i = end - 1
			}
		case c == '=' && i > 0 && dataIsWord(line[i-1]):
			// logfmt: key=value, the key starting after a space or at the start.
			k := i
			for k > 0 && (dataIsWord(line[k-1]) || line[k-1] == '.' || line[k-1] == '-') {
				k--
			}
			if k > 0 && !dataIsSpace(line[k-1]) && line[k-1] != ',' {
				continue
			}
			role, ok := dataStatusKey(line[k:i])
			if !ok {
				continue
			}
			if end, code, ok := httpCodeAt(line, i+1); ok && end-(i+1) == 3 && code >= 100 && code <= 599 {
				occ = append(occ, Occurrence{Start: s + i + 1, End: s + end, Code: code, Kind: Literal, Role: role, Context: ctxStatusKey})
				i = end - 1
			}
		}
	}
	return occ
}

// httpLineStop marks the bytes httpLine looks at more closely.
var httpLineStop = [256]bool{'H': true, '=': true}

// httpCodeAt reads a run of digits at line[i:] that ends the line or is
// followed by a space, a comma or a semicolon; it returns its end and value.
func httpCodeAt(line []byte, i int) (end, code int, ok bool) {
	j := i
	for j < len(line) && line[j] >= '0' && line[j] <= '9' {
		j++
	}
	if j == i || j < len(line) && !dataIsSpace(line[j]) && line[j] != ',' && line[j] != ';' {
		return 0, 0, false
	}
	code, ok = dataInt(line[i:j])
	return j, code, ok
}

// httpScript scans a response handler script with the JavaScript recognizer
// (client.assert(response.status === 200, ...)) and shifts the offsets.
func httpScript(script []byte, off int) []Occurrence {
	f := scanners[JavaScript]
	if f == nil {
		return nil
	}
	occ := f(script)
	for i := range occ {
		occ[i].Start += off
		occ[i].End += off
	}
	return occ
}

// httpAssert reads an httpyac assertion line after its "??": status, an
// operator and a number. == and != compare; <, <=, >, >= give a range bound.
func httpAssert(line []byte, off int, occ []Occurrence) []Occurrence {
	i := 0
	for i < len(line) && dataIsSpace(line[i]) {
		i++
	}
	if !bytes.HasPrefix(line[i:], []byte("status")) {
		return occ
	}
	i += len("status")
	for i < len(line) && dataIsSpace(line[i]) {
		i++
	}
	role := RoleCompare
	switch {
	case bytes.HasPrefix(line[i:], []byte("==")), bytes.HasPrefix(line[i:], []byte("!=")), bytes.HasPrefix(line[i:], []byte("<=")), bytes.HasPrefix(line[i:], []byte(">=")):
		if line[i] == '<' || line[i] == '>' {
			role = RoleRange
		}
		i += 2
	case i < len(line) && (line[i] == '<' || line[i] == '>'):
		role = RoleRange
		i++
	default:
		return occ
	}
	for i < len(line) && dataIsSpace(line[i]) {
		i++
	}
	if end, code, ok := httpCodeAt(line, i); ok {
		occ = append(occ, Occurrence{Start: off + i, End: off + end, Code: code, Kind: Literal, Role: role, Context: ctxAssert})
	}
	return occ
}
