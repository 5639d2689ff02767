package scan

import "testing"

func TestScanJava(t *testing.T) {
	checkMarked(t, Java, []markedCase{
		{src: "return ResponseEntity.status(«404»).build();", roles: []Role{RoleStatus}},
		{src: "resp.setStatus(«204»); resp.sendError(«403», \"no\");", roles: []Role{RoleStatus, RoleError}},
		{src: "@ResponseStatus(code = HttpStatus.«NOT_FOUND»)", roles: []Role{RoleStatus}},
		{src: "resp.setStatus(HttpServletResponse.«SC_NOT_FOUND»);", roles: []Role{RoleStatus}},
		{src: "if (conn.getResponseCode() == HttpURLConnection.«HTTP_NOT_FOUND») {}", roles: []Role{RoleCompare}},
		{src: "assertEquals(«404», response.getStatus());", roles: []Role{RoleCompare}},
		{src: "assertThat(r.getStatusCode().value()).isEqualTo(«404»);", roles: []Role{RoleCompare}},
		{src: "mvc.perform(get(\"/x\")).andExpect(status().is(«404»));", roles: []Role{RoleCompare}},
		{src: "switch (response.statusCode()) { case «404», «410» -> gone(); default -> x(); }", roles: []Role{RoleCompare, RoleCompare}},
		{src: "int code = conn.getResponseCode();\nif (code == «429») retry();", roles: []Role{RoleCompare}},
		{src: "import static javax.servlet.http.HttpServletResponse.SC_NOT_FOUND;"},
		{src: "Thread.sleep(404); byte[] b = new byte[404]; int port = 8080; String s = \"404\"; // 404"},
		{src: "\"\"\"\n  res.setStatus(404)\n  \"\"\"; long n = 404L; double d = 404.0;"},
	})
}

func TestScanKotlin(t *testing.T) {
	checkMarked(t, Kotlin, []markedCase{
		{src: "call.respond(HttpStatusCode.«NotFound», body)", roles: []Role{RoleStatus}},
		{src: "call.respond(HttpStatusCode.fromValue(«418»))", roles: []Role{RoleStatus}},
		{src: "response.status.value shouldBe «404»", roles: []Role{RoleCompare}},
		{src: "when (resp.status.value) { «200» -> ok(); in «500»..«599» -> retry() }", roles: []Role{RoleCompare, RoleRange, RoleRange}},
		{src: "fun `returns 404 for unknown ids`() { delay(404) }"},
		{src: "val s = \"code ${f(404)} 404\"; /* /* 404 */ 404 */ val n = 404L"},
	})
}
