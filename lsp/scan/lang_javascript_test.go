package scan

import "testing"

func TestScanJavaScript(t *testing.T) {
	checkMarked(t, JavaScript, []markedCase{
		{src: "res.status(«404»).json({})", roles: []Role{RoleStatus}},
		{src: "res.sendStatus(«204»); res.writeHead(«200», {a: 1})", roles: []Role{RoleStatus, RoleStatus}},
		{src: "reply.code(«201»).send()", roles: []Role{RoleStatus}},
		{src: "ctx.status = «418»; ctx.throw(«401», 'no')", roles: []Role{RoleStatus, RoleError}},
		{src: "next(createError(«403»))", roles: []Role{RoleError}},
		{src: "throw new HttpException('gone', «410»)", roles: []Role{RoleError}},
		{src: "res.redirect(«301», '/x'); NextResponse.redirect(u, «308»)", roles: []Role{RoleRedirect, RoleRedirect}},
		{src: "return NextResponse.json(b, { status: «422» })", roles: []Role{RoleStatus}},
		{src: "new Response(null, {status: «204», headers})", roles: []Role{RoleStatus}},
		{src: "if (res.status === «404») {} if («500» == r.statusCode) {}", roles: []Role{RoleCompare, RoleCompare}},
		{src: "if (res.status >= «500») retry()", roles: []Role{RoleRange}},
		{src: "expect(res.status).toBe(«404»); expect(r.statusCode).not.toEqual(«200»)", roles: []Role{RoleCompare, RoleCompare}},
		{src: "await request(app).get('/').expect(«200»)", roles: []Role{RoleCompare}},
		{src: "switch (res.status) { case «200»: break; case «404»: return }", roles: []Role{RoleCompare, RoleCompare}},
		{src: "const s = err.statusCode || «500»", roles: []Role{RoleStatus}},
		{src: "expect(res.status).toBeLessThan(«500»); expect(r.status).to.be.at.least(«200»)", roles: []Role{RoleRange, RoleRange}},
		{src: "res.status(ok ? «200» : «204»)", roles: []Role{RoleStatus, RoleStatus}},
		{src: "res.statusCode = «1000»", roles: []Role{RoleStatus}},                         // a strong name reports any integer
		{src: "res.statusCode = 0; if (xhr.status === 0) {}; let responseStatus = 0"},       // a reset or "no response" check
		{src: "res.status(«0»); res.writeHead(«0»)", roles: []Role{RoleStatus, RoleStatus}}, // 0 given to a status call counts
		{src: "import { StatusCodes as SC } from 'http-status-codes'\nres.status(SC.«NOT_FOUND»)", roles: []Role{RoleStatus}},
		{src: "import { HttpStatus } from '@nestjs/common'\nthrow new HttpException('x', HttpStatus.«NOT_FOUND»)", roles: []Role{RoleError}},
		{src: "const { StatusCodes } = require('http-status-codes'); if (r.status !== StatusCodes.«NOT_FOUND») {}", roles: []Role{RoleCompare}},
		{src: "import HttpStatus from 'http-status-codes';\napp.use((ctx) => {\n  ctx.status = HttpStatus.«CREATED»;\n});", roles: []Role{RoleStatus}},
		// negatives
		{src: "app.listen(3000); setTimeout(f, 500); const PORT = 8080"},
		{src: "res.status(400 + n); x = arr[404]; for (let i = 0; i < 404; i++) {}"},
		{src: "// res.status(404)\nconst s = 'res.status(404)'; const c = '#404040'"},
		{src: "res.status(0x194); res.status(404.0); res.status(4_04)"},
		{src: "const order = { status: 1 }; const v = version404; const total = { count: 404 }"},
		{src: "`${res.status}` + `404`; const re = /404/g"},
	})
}

func TestScanJavaScriptStrongNameAnyInteger(t *testing.T) {
	occ := Scan([]byte("res.statusCode = 42; res.status(1000)"), JavaScript)
	if len(occ) != 2 || occ[0].Code != 42 || occ[1].Code != 1000 {
		t.Fatalf("a strong status context reports any integer, got %+v", occ)
	}
	// a weak name (plain `status`) needs a plausible code
	if occ := Scan([]byte("const status = 1; order.status = 2"), JavaScript); len(occ) != 0 {
		t.Fatalf("weak contexts must stay silent on implausible values, got %+v", occ)
	}
}

func TestScanTypeScript(t *testing.T) {
	checkMarked(t, TypeScript, []markedCase{
		{src: "@HttpCode(«204»)\n@Redirect('https://x', «301»)\nm() {}", roles: []Role{RoleStatus, RoleRedirect}},
		{src: "const r = NextResponse.json<Body>(x, { status: «400» })", roles: []Role{RoleStatus}},
		{src: "if (res.status! === «404») {}", roles: []Role{RoleCompare}},
		{src: "const fallback: ApiError = { status: «500», message: 'x' }", roles: []Role{RoleStatus}},
		{src: "function f(x: Array<number>, n = 404): void { const t: number = 300 }"},
	})
}
