package scan

import (
	"bytes"
	"cmp"
	"slices"
)

// mdExtraLanguages maps fence info strings that LanguageForID does not know.
// Shell fences (sh, bash, console, ...) map to nothing: numbers in commands
// are not statuses.
var mdExtraLanguages = map[string]Language{
	"python3": Python, "py3": Python, "node": JavaScript, "mjs": JavaScript, "cjs": JavaScript,
	"kts": Kotlin, "dotnet": CSharp, "jsonl": JSON, "json5": JSON, "openapi": YAML, "swagger": YAML,
	"httpie": Unknown,
}

// mdFenceLanguage maps a fence's info string (its first word, without a
// leading "{" or ".", as in {.python}) to a language.
func mdFenceLanguage(info []byte) Language {
	i := 0
	for i < len(info) && (info[i] == '{' || info[i] == '.') {
		i++
	}
	j := i
	for j < len(info) && info[j] != ' ' && info[j] != '\t' && info[j] != '{' && info[j] != '}' && info[j] != ',' && info[j] != '\r' {
		j++
	}
	if j-i > 32 {
		return Unknown
	}
	var buf [32]byte
	word := buf[:j-i]
	for k, c := range info[i:j] {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		word[k] = c
	}
	if l, ok := mdExtraLanguages[string(word)]; ok {
		return l
	}
	return LanguageForID(string(word))
}

// scanMarkdown scans the fenced code blocks (``` and ~~~) of a Markdown
// document with the recognizer of the fence's language and shifts the
// offsets. Fences without a code language give only their HTTP status
// lines; prose and indented code give nothing.
func scanMarkdown(src []byte) []Occurrence {
	var occ []Occurrence
	for pos := 0; pos < len(src); {
		le := bytes.IndexByte(src[pos:], '\n')
		if le < 0 {
			le = len(src)
		} else {
			le += pos
		}
		line := src[pos:le]
		ch, n, ind := mdFence(line)
		if n == 0 || ch == '`' && bytes.IndexByte(line[ind+n:], '`') >= 0 {
			pos = le + 1
			continue
		}
		lang := mdFenceLanguage(bytes.TrimSpace(line[ind+n:]))
		// The block runs to a closing fence of the same character, at least
		// as long, with nothing after it; or to the end of the document.
		start := le + 1
		end, after := len(src), len(src)
		for p := start; p < len(src); {
			e := bytes.IndexByte(src[p:], '\n')
			if e < 0 {
				e = len(src)
			} else {
				e += p
			}
			c, m, i := mdFence(src[p:e])
			if m >= n && c == ch && len(bytes.TrimSpace(src[p+i+m:e])) == 0 {
				end, after = p, e+1
				break
			}
			p = e + 1
		}
		// Markdown inside Markdown is not scanned again: nesting could make
		// the scan quadratic, and such blocks show documents, not code.
		if start < end && lang != Markdown {
			var found []Occurrence
			if lang == Unknown {
				found = mdStatusLines(src[start:end])
			} else {
				found = mdScanBlock(src[start:end], lang)
			}
			for _, o := range found {
				o.Start += start
				o.End += start
				occ = append(occ, o)
			}
		}
		pos = after
	}
	return occ
}

// mdStatusLines finds the HTTP status lines (HTTP/1.1 404 Not Found, curl's
// "< HTTP/2 503") of a fence without a code language: untyped, shell,
// console or text blocks often show a transcript. Nothing else in such a
// block counts: numbers in commands are not statuses.
func mdStatusLines(src []byte) []Occurrence {
	all := scanHTTP(src)
	kept := all[:0]
	for _, o := range all {
		if o.Context == ctxStatusLine {
			kept = append(kept, o)
		}
	}
	return kept
}

// mdScanBlock is Scan for a fenced block, sorting without allocating (a
// document may have thousands of small blocks).
func mdScanBlock(src []byte, lang Language) []Occurrence {
	var occ []Occurrence
	if lang == Go {
		occ = scanGo(src)
	} else if f := scanners[lang]; f != nil {
		occ = f(src)
	}
	if !slices.IsSortedFunc(occ, cmpOccStart) {
		slices.SortStableFunc(occ, cmpOccStart)
	}
	return occ
}

func cmpOccStart(a, b Occurrence) int { return cmp.Compare(a.Start, b.Start) }

// mdFence recognizes a fence line: optional indentation, then three or more
// backticks or tildes. It returns the character, the run's length (0 if the
// line is no fence) and the indentation.
func mdFence(line []byte) (ch byte, n, ind int) {
	for ind < len(line) && (line[ind] == ' ' || line[ind] == '\t') {
		ind++
	}
	if ind >= len(line) || line[ind] != '`' && line[ind] != '~' {
		return 0, 0, ind
	}
	ch = line[ind]
	for ind+n < len(line) && line[ind+n] == ch {
		n++
	}
	if n < 3 {
		return 0, 0, ind
	}
	return ch, n, ind
}
