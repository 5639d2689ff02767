package scan

import "testing"

func TestScanCSharp(t *testing.T) {
	checkMarked(t, CSharp, []markedCase{
		{src: "return StatusCode(«404», body);", roles: []Role{RoleStatus}},
		{src: "return Problem(detail: d, statusCode: «500»);", roles: []Role{RoleError}},
		{src: "app.MapGet(\"/\", () => Results.StatusCode(«204»));", roles: []Role{RoleStatus}},
		{src: "return new ObjectResult(x) { StatusCode = «410» };", roles: []Role{RoleStatus}},
		{src: "[ProducesResponseType(typeof(Order), «200»)]", roles: []Role{RoleStatus}},
		{src: "context.Response.StatusCode = StatusCodes.«Status404NotFound»;", roles: []Role{RoleStatus}},
		{src: "Assert.Equal(«404», (int)response.StatusCode);", roles: []Role{RoleCompare}},
		{src: "((int)response.StatusCode).Should().Be(«404»);", roles: []Role{RoleCompare}},
		{src: "var m = new HttpResponseMessage((HttpStatusCode)«418»);", roles: []Role{RoleStatus}},
		{src: "if (r.StatusCode == HttpStatusCode.«NotFound») {}", roles: []Role{RoleCompare}},
		{src: "var s = (int)r.StatusCode switch { «200» => a, «404» => b, _ => c };", roles: []Role{RoleCompare, RoleCompare}},
		{src: "#region 404\nawait Task.Delay(404); var v = @\"StatusCode(404)\"; var r = \"\"\"\n404\n\"\"\";"},
	})
}
