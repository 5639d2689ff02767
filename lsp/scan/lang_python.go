package scan

import "httpstatus-lsp/knowledge"

// Python: Flask, Django, Django REST framework, FastAPI/Starlette, aiohttp,
// Tornado, http.server, WSGI, requests/httpx and the tests around them
// (unittest assertEqual, pytest assert, responses, requests-mock).

var pyShapes = []shape{
	{name: "abort", arg: 0, role: RoleError},
	{name: "make_response", arg: 1, role: RoleStatus},
	{name: "redirect", kw: "code", role: RoleRedirect},
	{name: "redirect", recv: "-", arg: 1, role: RoleRedirect},
	{name: "redirect", recv: "flask", arg: 1, role: RoleRedirect},
	{name: "RedirectResponse", kw: "status_code", role: RoleRedirect},
	{name: "RedirectResponse", arg: 1, role: RoleRedirect},
	{name: "HTTPException", kw: "status_code", role: RoleError},
	{name: "HTTPException", arg: 0, role: RoleError},
	{name: "HTTPError", arg: 0, role: RoleError}, // tornado.web.HTTPError(404)
	{name: "send_response", arg: 0, role: RoleStatus},
	{name: "send_error", arg: 0, role: RoleError},
	{name: "set_status", arg: 0, role: RoleStatus, weak: true}, // Tornado self.set_status(404); job.set_status(1) is a state
	{name: "start_response", arg: 0, role: RoleStatus, str: true},
	{name: "HTTPStatus", arg: 0, role: RoleStatus},
	{name: "Response", recv: "httpx", arg: 0, role: RoleStatus},
	{name: "assertRedirects", kw: "status_code", role: RoleCompare},
	{name: "assertRedirects", kw: "target_status_code", role: RoleCompare},
	{name: "assertContains", kw: "status_code", role: RoleCompare},
	{name: "assertNotContains", kw: "status_code", role: RoleCompare},
	{name: "assert_status", arg: 0, role: RoleCompare},
	{name: "status", recv: ".", arg: 0, role: RoleStatus},                   // response.status(404) in some micro frameworks
	{name: "errorhandler", arg: 0, role: RoleCompare, weak: true},           // Flask @app.errorhandler(404)
	{name: "register_error_handler", arg: 0, role: RoleCompare, weak: true}, // app.register_error_handler(404, fn)
	{name: "exception_handler", arg: 0, role: RoleCompare, weak: true},      // FastAPI @app.exception_handler(404)
}

var pyQuals = []qualifier{
	{name: "HTTPStatus", eco: knowledge.EcoPython},
	{name: "status", eco: knowledge.EcoDRF},
	{name: "codes", eco: knowledge.EcoRequests, outer: "requests"},
	{name: "codes", eco: knowledge.EcoPython, outer: "httpx"}, // httpx.codes.NOT_FOUND spells HTTPStatus' names
}

var pyLex = lexConfig{hashComments: true, pyStrings: true}

func init() {
	register(&langSpec{
		lang:    Python,
		lex:     pyLex,
		shapes:  pyShapes,
		quals:   pyQuals,
		bare:    []bareConst{{prefix: "HTTP_", eco: knowledge.EcoDRF}},
		imports: pyImports,
		pyTuple: true,
	})
}

// pyImports binds local names: from http import HTTPStatus as S;
// from fastapi import status as st; from requests import codes.
func pyImports(e *engine) {
	toks := e.toks
	for i := range toks {
		if toks[i].op != kwImport {
			continue
		}
		// find the module: from MOD import
		j := i - 1
		for j >= 1 && (e.isIdent(j) || e.is(j, ".")) && !e.is(j, "from") {
			j--
		}
		if !e.is(j, "from") {
			continue
		}
		mod := ""
		for k := j + 1; k < i; k++ {
			mod += e.text(k)
		}
		for k := i + 1; k < len(e.toks) && k < i+64; k++ {
			if e.toks[k].nl && !e.isIdent(k) {
				break
			}
			if e.toks[k].nl && e.toks[k].parent < 0 {
				break
			}
			if !e.isIdent(k) || e.is(k, "as") {
				continue
			}
			name, local := e.text(k), e.text(k)
			if e.is(k+1, "as") && e.isIdent(k+2) {
				local = e.text(k + 2)
				k += 2
			}
			switch {
			case mod == "http" && name == "HTTPStatus":
				e.alias[local] = knowledge.EcoPython
			case name == "status" && (mod == "rest_framework" || mod == "fastapi" || mod == "starlette"):
				e.alias[local] = knowledge.EcoDRF
			case mod == "requests" && name == "codes":
				e.alias[local] = knowledge.EcoRequests
			case mod == "httpx" && name == "codes":
				e.alias[local] = knowledge.EcoPython
			}
		}
	}
}
