package scan

import "httpstatus-lsp/knowledge"

// JavaScript and TypeScript: Node (http, Express, Fastify, Koa, Hapi),
// NestJS, Next.js / Remix / fetch Response, and the test tools around them
// (Jest/Vitest expect, chai, supertest).

var jsShapes = []shape{
	{name: "status", recv: "have", arg: 0, role: RoleCompare}, // chai-http: expect(res).to.have.status(404)
	{name: "status", recv: ".", arg: 0, role: RoleStatus},     // res.status(404), reply.status(404)
	{name: "sendStatus", arg: 0, role: RoleStatus},
	{name: "writeHead", arg: 0, role: RoleStatus},
	{name: "code", recv: ".", arg: 0, role: RoleStatus, weak: true}, // reply.code(404), h.response(x).code(201)
	{name: "redirect", arg: -1, role: RoleRedirect},                 // res.redirect(301, url), NextResponse.redirect(url, 308), redirect(url, 302)
	{name: "throw", recv: "ctx|context|this", arg: -1, role: RoleError},
	{name: "assert", recv: "ctx|context", arg: 1, role: RoleError},
	{name: "createError", arg: 0, role: RoleError},
	{name: "createHttpError", arg: 0, role: RoleError},
	{name: "httpErrors", arg: 0, role: RoleError},
	{name: "HttpError", arg: 0, role: RoleError},
	{name: "HttpException", arg: 1, role: RoleError},                   // NestJS: new HttpException(body, status)
	{name: "HttpCode", arg: 0, role: RoleStatus},                       // NestJS @HttpCode(204)
	{name: "Redirect", arg: 1, role: RoleRedirect},                     // NestJS @Redirect(url, 301)
	{name: "expect", recv: ".", arg: 0, role: RoleCompare, weak: true}, // supertest .expect(404), not QUnit assert.expect(3)
	{name: "toHaveStatus", arg: 0, role: RoleCompare},
	{name: "toHaveHTTPStatus", arg: 0, role: RoleCompare},
	{name: "statusCode", recv: ".", arg: 0, role: RoleStatus}, // builders: .statusCode(404)
	{name: "setStatus", recv: "res|resp|response|reply|ctx|context|rsp|httpResponse", arg: 0, role: RoleStatus},
	{name: "setStatus", arg: 0, role: RoleStatus, weak: true}, // React: const [status, setStatus] = useState(0); setStatus(1)
	{name: "withStatus", arg: 0, role: RoleStatus},
	{name: "reply", recv: "nock|scope|interceptor", arg: 0, role: RoleStatus}, // nock(...).get(p).reply(404)
	{name: "reply", recv: ".", arg: 0, role: RoleStatus, weak: true},
	{name: "get", recv: "fetchMock", arg: 1, role: RoleStatus, weak: true}, // fetch-mock: fetchMock.get(url, 404)
	{name: "post", recv: "fetchMock", arg: 1, role: RoleStatus, weak: true},
	{name: "put", recv: "fetchMock", arg: 1, role: RoleStatus, weak: true},
	{name: "delete", recv: "fetchMock", arg: 1, role: RoleStatus, weak: true},
	{name: "mock", recv: "fetchMock", arg: 1, role: RoleStatus, weak: true},
	{name: "once", recv: "fetchMock", arg: 1, role: RoleStatus, weak: true},
	{name: "route", recv: "fetchMock", arg: 1, role: RoleStatus, weak: true},
	{name: "json", recv: "NextResponse|Response", kw: "status", role: RoleStatus},
	{name: "Response", kw: "status", role: RoleStatus},
	{name: "NextResponse", kw: "status", role: RoleStatus},
	{name: "redirect", kw: "status", role: RoleRedirect},
	{name: "error", recv: "-", arg: 0, role: RoleError, weak: true}, // SvelteKit: throw error(404, 'Not found')
	{name: "fail", recv: "-", arg: 0, role: RoleError, weak: true},  // SvelteKit form actions: fail(400, {...})
	{name: "json", recv: "c", arg: 1, role: RoleStatus, weak: true}, // Hono: c.json(body, 201)
	{name: "text", recv: "c", arg: 1, role: RoleStatus, weak: true}, // Hono: c.text('nope', 404)
	{name: "html", recv: "c", arg: 1, role: RoleStatus, weak: true},
	{name: "body", recv: "c", arg: 1, role: RoleStatus, weak: true},
	{name: "newResponse", recv: "c", arg: 1, role: RoleStatus, weak: true},
}

var jsQuals = []qualifier{
	{name: "StatusCodes", eco: knowledge.EcoNPM},
	{name: "HttpStatus", eco: knowledge.EcoNestJS},
	{name: "HttpStatusCode", eco: knowledge.EcoAngular},
}

var jsLex = lexConfig{slashComments: true, jsStrings: true}

func init() {
	register(&langSpec{lang: JavaScript, lex: jsLex, shapes: jsShapes, quals: jsQuals, imports: jsImports})
	register(&langSpec{lang: TypeScript, lex: jsLex, shapes: jsShapes, quals: jsQuals, imports: jsImports})
}

// jsModules maps a package to the ecosystem of its status constants.
// jsModuleFilter rejects most strings before the jsModules lookup.
var jsModuleFilter = filterOf(jsModules)

var jsModules = map[string]string{
	"http-status-codes":    knowledge.EcoNPM,
	"@nestjs/common":       knowledge.EcoNestJS,
	"@angular/common/http": knowledge.EcoAngular,
	"axios":                knowledge.EcoAngular,
}

// jsImports binds local names to ecosystems from ES imports and requires:
// import { StatusCodes as SC } from 'http-status-codes'; import * as HS from
// 'http-status-codes'; const { StatusCodes } = require('http-status-codes').
func jsImports(e *engine) {
	toks := e.toks
	for m := range toks {
		if toks[m].kind != tString {
			continue
		}
		mod := e.content(m)
		if !jsModuleFilter.maybe(mod) {
			continue
		}
		eco, ok := jsModules[mod]
		if !ok {
			continue
		}
		bind := func(imported, local string) {
			if eco == knowledge.EcoNestJS && imported != "HttpStatus" || eco == knowledge.EcoAngular && imported != "HttpStatusCode" {
				return
			}
			if imported == "ReasonPhrases" || imported == "getReasonPhrase" || imported == "getStatusCode" {
				return
			}
			e.alias[local] = eco
		}
		switch {
		case e.is(m-1, "from"):
			// walk back to `import`
			start := -1
			for j := m - 2; j >= 0 && j > m-200; j-- {
				if e.is(j, "import") {
					start = j
					break
				}
			}
			if start < 0 {
				continue
			}
			for j := start + 1; j < m-1; j++ {
				if !e.isIdent(j) || e.isAny(j, "as", "type", "from") {
					continue
				}
				if e.is(j+1, "as") && e.isIdent(j+2) {
					bind(e.text(j), e.text(j+2))
					j += 2
					continue
				}
				bind(e.text(j), e.text(j))
			}
		case e.is(m-1, "(") && e.is(m-2, "require") && e.is(m-3, "="):
			if e.isIdent(m - 4) {
				bind(e.text(m-4), e.text(m-4))
				continue
			}
			if e.is(m-4, "}") {
				o := int(e.toks[m-4].match)
				for j := o + 1; j >= 0 && j < m-4; j++ {
					if !e.isIdent(j) {
						continue
					}
					if e.is(j+1, ":") && e.isIdent(j+2) {
						bind(e.text(j), e.text(j+2))
						j += 2
						continue
					}
					bind(e.text(j), e.text(j))
				}
			}
		}
	}
}
