package scan

import "bytes"

// yamlEntry is one open mapping key of the block structure.
type yamlEntry struct {
	col  int    // column of the key
	key  []byte // the key's text (without quotes)
	open bool   // the key had no inline value: a block collection may follow
}

// scanYAML recognizes YAML documents line by line, tracking the keys that
// enclose each line by indentation. Block scalars (| and >) are skipped, flow
// collections are read by the flow scanner, comments are ignored.
func scanYAML(src []byte) []Occurrence {
	var occ []Occurrence
	var stackBuf [16]yamlEntry // enough for most documents, without allocating
	stack := stackBuf[:0]
	blockAbove := -1 // inside a block scalar: skip lines indented more than this
	for pos := 0; pos < len(src); {
		le := bytes.IndexByte(src[pos:], '\n')
		if le < 0 {
			le = len(src)
		} else {
			le += pos
		}
		next := le + 1
		line := src[pos:le]
		ind := 0
		for ind < len(line) && line[ind] == ' ' {
			ind++
		}
		rest := line[ind:]
		for len(rest) > 0 && (rest[len(rest)-1] == ' ' || rest[len(rest)-1] == '\t' || rest[len(rest)-1] == '\r') {
			rest = rest[:len(rest)-1]
		}
		if len(rest) == 0 || rest[0] == '#' {
			pos = next
			continue
		}
		if blockAbove >= 0 {
			if ind > blockAbove {
				pos = next
				continue
			}
			blockAbove = -1
		}
		if ind == 0 && (bytes.HasPrefix(rest, []byte("---")) || bytes.HasPrefix(rest, []byte("...")) || rest[0] == '%') {
			stack = stack[:0]
			pos = next
			continue
		}
		col := ind
		// Sequence entries: "- " (possibly several on one line).
		for col < len(line) && line[col] == '-' && (col+1 == len(line) || line[col+1] == ' ' || line[col+1] == '\t' || line[col+1] == '\r') {
			for n := len(stack); n > 0 && (stack[n-1].col > col || stack[n-1].col == col && !stack[n-1].open); n = len(stack) {
				stack = stack[:n-1]
			}
			col++
			for col < len(line) && (line[col] == ' ' || line[col] == '\t') {
				col++
			}
		}
		if col >= len(line) || line[col] == '#' || line[col] == '\r' {
			pos = next
			continue
		}
		inSeq := col != ind
		keyStart, keyEnd, valStart, isKey := yamlKey(line, col)
		if !isKey {
			// A scalar or flow item of a sequence, or a continuation line.
			var owner []byte
			if n := len(stack); n > 0 {
				owner = stack[n-1].key
			}
			if !inSeq {
				pos = next
				continue
			}
			if end, ok := yamlValue(src, pos, line, col, owner, &occ); ok {
				next = end
			}
			pos = next
			continue
		}
		for n := len(stack); n > 0 && stack[n-1].col >= col; n = len(stack) {
			stack = stack[:n-1]
		}
		key := line[keyStart:keyEnd]
		if n := len(stack); n > 0 {
			if code, ok := dataInt(key); ok {
				occ = dataKeyStatus(occ, stack[n-1].key, pos+keyStart, pos+keyEnd, code)
			}
		}
		v := valStart
		// Anchors and tags before the value.
		for v < len(line) && (line[v] == '&' || line[v] == '!') {
			for v < len(line) && line[v] != ' ' && line[v] != '\t' {
				v++
			}
			for v < len(line) && (line[v] == ' ' || line[v] == '\t') {
				v++
			}
		}
		e := yamlEntry{col: col, key: key}
		switch {
		case v >= len(line) || line[v] == '#' || line[v] == '\r':
			e.open = true
		case line[v] == '|' || line[v] == '>':
			blockAbove = col
		default:
			if end, ok := yamlValue(src, pos, line, v, key, &occ); ok {
				next = end
			}
		}
		stack = append(stack, e)
		pos = next
	}
	return occ
}

// yamlKey finds a mapping key at line[col:]: a quoted or plain scalar followed
// by ':' and a space or the end of the line. It returns the key's bounds
// (inside quotes) and where the value starts.
func yamlKey(line []byte, col int) (start, end, val int, ok bool) {
	i := col
	if q := line[i]; q == '"' || q == '\'' {
		start = i + 1
		i = start
		for i < len(line) && line[i] != q {
			if q == '"' && line[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(line) {
			return 0, 0, 0, false
		}
		end = i
		i++
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i >= len(line) || line[i] != ':' {
			return 0, 0, 0, false
		}
	} else {
		if q == '{' || q == '[' || q == '?' || q == '|' || q == '>' || q == '*' || q == '&' || q == '!' {
			return 0, 0, 0, false
		}
		start = i
		for ; i < len(line); i++ {
			if line[i] == ':' && (i+1 == len(line) || line[i+1] == ' ' || line[i+1] == '\t' || line[i+1] == '\r') {
				break
			}
			if line[i] == '#' && (line[i-1] == ' ' || line[i-1] == '\t') {
				return 0, 0, 0, false
			}
		}
		if i >= len(line) {
			return 0, 0, 0, false
		}
		end = i
		for end > start && (line[end-1] == ' ' || line[end-1] == '\t') {
			end--
		}
	}
	i++ // the colon
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return start, end, i, true
}

// yamlValue looks at an inline value starting at line[v] (the line begins at
// src[lineStart]) for the key owner. Flow collections are read by the flow
// scanner, which may run over several lines: then it returns the offset of
// the line after the collection and true.
func yamlValue(src []byte, lineStart int, line []byte, v int, owner []byte, occ *[]Occurrence) (int, bool) {
	if c := line[v]; c == '{' || c == '[' {
		ind := 0
		for ind < len(line) && line[ind] == ' ' {
			ind++
		}
		f := &flowScanner{src: src, yaml: true, yamlStop: ind, occ: *occ}
		end := f.scan(lineStart+v, owner)
		*occ = f.occ
		if end > lineStart+len(line) {
			if src[end-1] == '\n' {
				return end, true // given up at the start of a line
			}
			nl := bytes.IndexByte(src[end:], '\n')
			if nl < 0 {
				return len(src), true
			}
			return end + nl + 1, true
		}
		return 0, false
	}
	role, ok := dataStatusKey(owner)
	if !ok {
		return 0, false
	}
	s, e := v, len(line)
	if q := line[v]; q == '"' || q == '\'' {
		s = v + 1
		e = bytes.IndexByte(line[s:], q)
		if e < 0 {
			return 0, false
		}
		e += s
	} else {
		if c := bytes.Index(line[s:], []byte(" #")); c >= 0 {
			e = s + c
		}
		for e > s && (line[e-1] == ' ' || line[e-1] == '\t' || line[e-1] == '\r') {
			e--
		}
	}
	if code, ok := dataStatusValue(line[s:e]); ok {
		*occ = append(*occ, Occurrence{Start: lineStart + s, End: lineStart + e, Code: code, Kind: Literal, Role: role, Context: ctxStatusKey})
	}
	return 0, false
}
