package rules

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
	"strconv"

	"httpstatus-lsp/lsp/scan"
)

// goImportSpan is the byte range to delete to remove the net/http import:
// its line inside a block of several imports, or the whole declaration.
func goImportSpan(src []byte) (start, end int, ok bool) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.ImportsOnly|parser.SkipObjectResolution)
	if err != nil || f == nil {
		return 0, 0, false
	}
	for _, d := range f.Decls {
		gd, isGen := d.(*ast.GenDecl)
		if !isGen || gd.Tok != token.IMPORT {
			continue
		}
		for _, sp := range gd.Specs {
			is := sp.(*ast.ImportSpec)
			if p, err := strconv.Unquote(is.Path.Value); err != nil || p != "net/http" {
				continue
			}
			if gd.Lparen.IsValid() && len(gd.Specs) > 1 {
				s := offset(fset, is.Pos())
				if is.Doc != nil {
					s = offset(fset, is.Doc.Pos())
				}
				e := offset(fset, is.End())
				if is.Comment != nil {
					e = offset(fset, is.Comment.End())
				}
				return lineStartOf(src, s), lineEndAfter(src, e), true
			}
			s := offset(fset, gd.Pos())
			if gd.Doc != nil {
				s = offset(fset, gd.Doc.Pos())
			}
			return lineStartOf(src, s), lineEndAfter(src, offset(fset, gd.End())), true
		}
	}
	return 0, 0, false
}

func offset(fset *token.FileSet, p token.Pos) int { return fset.Position(p).Offset }

func lineStartOf(src []byte, off int) int {
	for off > 0 && src[off-1] != '\n' {
		off--
	}
	return off
}

// lineEndAfter is the offset just past the newline ending the line of off.
func lineEndAfter(src []byte, off int) int {
	for off < len(src) && src[off] != '\n' {
		off++
	}
	if off < len(src) {
		off++
	}
	return off
}

// needsLocation are the redirects whose response is useless without a
// Location header (300 may list choices in its body; 304 is no redirect).
var needsLocation = map[int]bool{301: true, 302: true, 303: true, 307: true, 308: true}

// goFindings runs the rules that need Go's syntax tree. The file is parsed
// only when an occurrence makes one of them possible.
func goFindings(in *Input) []Finding {
	if len(in.Src) > 8<<20 {
		return nil
	}
	body, redirect := false, false
	for _, o := range in.Occ {
		if o.Role == scan.RoleStatus {
			body = body || noBody(in, o.Code)
			redirect = redirect || needsLocation[o.Code]
		}
	}
	if !body && !redirect {
		return nil
	}
	fset := token.NewFileSet()
	f, _ := parser.ParseFile(fset, "", in.Src, parser.SkipObjectResolution)
	if f == nil {
		return nil
	}
	var out []Finding
	if body {
		out = append(out, bodyNotAllowed(in, fset, f)...)
	}
	if redirect {
		out = append(out, redirectWithoutLocation(in, fset, f)...)
	}
	return out
}

// occAt is the occurrence inside [start, end), if any.
func occAt(in *Input, start, end int) (scan.Occurrence, bool) {
	i := sort.Search(len(in.Occ), func(i int) bool { return in.Occ[i].Start >= start })
	for ; i < len(in.Occ) && in.Occ[i].Start < end; i++ {
		if o := in.Occ[i]; o.End <= end && o.Role != scan.RoleMention {
			return o, true
		}
	}
	return scan.Occurrence{}, false
}

// writeHeaderCall matches the statement `w.WriteHeader(arg)`.
func writeHeaderCall(stmt ast.Stmt) (w *ast.Ident, arg ast.Expr, ok bool) {
	es, ok := stmt.(*ast.ExprStmt)
	if !ok {
		return nil, nil, false
	}
	call, ok := es.X.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil, nil, false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "WriteHeader" {
		return nil, nil, false
	}
	w, ok = sel.X.(*ast.Ident)
	return w, call.Args[0], ok
}

// redirectWithoutLocation reports w.WriteHeader(301/302/303/307/308) in a
// top-level function whose text never mentions a Location header: the client
// gets a redirect with nowhere to go. The finding covers the code's token.
func redirectWithoutLocation(in *Input, fset *token.FileSet, f *ast.File) []Finding {
	var out []Finding
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		bs, be := offset(fset, fd.Body.Pos()), offset(fset, fd.Body.End())
		if be > len(in.Src) || bytes.Contains(in.Src[bs:be], []byte("Location")) {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			blk, ok := n.(*ast.BlockStmt)
			if !ok {
				return true
			}
			for _, stmt := range blk.List {
				_, arg, ok := writeHeaderCall(stmt)
				if !ok {
					continue
				}
				o, ok := occAt(in, offset(fset, arg.Pos()), offset(fset, arg.End()))
				if !ok || !needsLocation[o.Code] {
					continue
				}
				st, _ := in.Catalog.Lookup(o.Code)
				out = append(out, Finding{
					Rule: RedirectWithout3xx, Start: o.Start, End: o.End, Code: o.Code,
					Message: fmt.Sprintf("%s is sent without a Location header in this function: the client has nowhere to go; set w.Header().Set(\"Location\", url) first or use http.Redirect", named(o.Code, st)),
					Href:    refURL(st, rfc3xx),
				})
			}
			return true
		})
	}
	return out
}

// bodyNotAllowed finds, in each Go function, a WriteHeader with a code whose
// response carries no content (204, 304) followed, in the same block
// and before any return, by a write to the same ResponseWriter. The finding
// covers the code's token in the WriteHeader call.
func bodyNotAllowed(in *Input, fset *token.FileSet, f *ast.File) []Finding {
	var out []Finding
	ast.Inspect(f, func(n ast.Node) bool {
		blk, ok := n.(*ast.BlockStmt)
		if !ok {
			return true
		}
		for i, stmt := range blk.List {
			w, arg, ok := writeHeaderCall(stmt)
			if !ok {
				continue
			}
			as, ae := offset(fset, arg.Pos()), offset(fset, arg.End())
			o, ok := occAt(in, as, ae)
			if !ok || !noBody(in, o.Code) {
				continue
			}
			if wr := firstWrite(blk.List[i+1:], w.Name); wr != nil {
				st, _ := in.Catalog.Lookup(o.Code)
				out = append(out, Finding{
					Rule: BodyNotAllowed, Start: o.Start, End: o.End, Code: o.Code,
					Message: fmt.Sprintf("a body is written to %s on line %d after WriteHeader(%s): %s carries no content",
						w.Name, fset.Position(wr.Pos()).Line, string(in.Src[as:ae]), named(o.Code, st)),
					Href: refURL(st, rfc204),
				})
			}
		}
		return true
	})
	return out
}

// noBody reports a final status whose response ends after its headers (204,
// 304, and what the catalog marks). 1xx codes are interim: the final
// response after them may carry a body.
func noBody(in *Input, code int) bool {
	if code < 200 {
		return false
	}
	if st, ok := in.Catalog.Lookup(code); ok && st.NoBody {
		return true
	}
	return code == 204 || code == 304
}

// firstWrite finds the first body write to writer w in stmts, not looking into
// function literals and stopping at a return or panic at the top level.
func firstWrite(stmts []ast.Stmt, w string) ast.Node {
	var found ast.Node
	for _, s := range stmts {
		if _, ok := s.(*ast.ReturnStmt); ok {
			return nil
		}
		if es, ok := s.(*ast.ExprStmt); ok {
			if c, ok := es.X.(*ast.CallExpr); ok {
				if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "panic" {
					return nil
				}
			}
		}
		ast.Inspect(s, func(n ast.Node) bool {
			if found != nil {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				if isBodyWrite(n, w) {
					found = n
					return false
				}
			}
			return true
		})
		if found != nil {
			return found
		}
	}
	return nil
}

// isBodyWrite recognizes w.Write(...), w.WriteString(...), fmt.Fprint*(w, ...),
// io.WriteString(w, ...), io.Copy(w, ...), json.NewEncoder(w).Encode(...),
// template Execute(w, ...).
func isBodyWrite(c *ast.CallExpr, w string) bool {
	isW := func(e ast.Expr) bool {
		id, ok := e.(*ast.Ident)
		return ok && id.Name == w
	}
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	switch sel.Sel.Name {
	case "Write", "WriteString":
		if isW(sel.X) {
			return true
		}
	}
	if pkg, ok := sel.X.(*ast.Ident); ok && len(c.Args) > 0 && isW(c.Args[0]) {
		switch pkg.Name + "." + sel.Sel.Name {
		case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln", "io.WriteString", "io.Copy", "io.CopyN", "io.CopyBuffer":
			return true
		}
	}
	if sel.Sel.Name == "Execute" || sel.Sel.Name == "ExecuteTemplate" {
		if len(c.Args) > 0 && isW(c.Args[0]) {
			return true
		}
	}
	if sel.Sel.Name == "Encode" {
		if inner, ok := sel.X.(*ast.CallExpr); ok && len(inner.Args) == 1 && isW(inner.Args[0]) {
			if is, ok := inner.Fun.(*ast.SelectorExpr); ok && is.Sel.Name == "NewEncoder" {
				return true
			}
		}
	}
	return false
}
