package scan

import "httpstatus-lsp/knowledge"

// Java and Kotlin: Spring MVC/WebFlux (ResponseEntity, HttpStatus,
// @ResponseStatus, MockMvc, WebTestClient), Servlet, JAX-RS, RestAssured,
// java.net, and for Kotlin also Ktor.

var javaShapes = []shape{
	{name: "is", recv: "status", arg: 0, role: RoleCompare},                                                 // MockMvc status().is(404)
	{name: "statusCode", recv: "then|and|assertThat|expect", arg: 0, role: RoleCompare},                     // RestAssured
	{name: "status", recv: "ResponseEntity|Response|ServerResponse|HttpResponse", arg: 0, role: RoleStatus}, // ResponseEntity.status(404), Response.status(404)
	{name: "status", recv: ".", arg: 0, role: RoleStatus, weak: true},                                       // Order.builder().status(2) is a record's state
	{name: "statusCode", recv: ".", arg: 0, role: RoleStatus},
	{name: "setStatus", recv: "response|resp|res|rsp|httpResponse|servletResponse|httpServletResponse|getResponse|exchange", arg: 0, role: RoleStatus},
	{name: "setStatus", arg: 0, role: RoleStatus, weak: true}, // entity.setStatus(1) is a record's state
	{name: "sendError", arg: 0, role: RoleError},
	{name: "valueOf", recv: "HttpStatus|HttpStatusCode", arg: 0, role: RoleStatus},
	{name: "resolve", recv: "HttpStatus", arg: 0, role: RoleStatus},
	{name: "ResponseStatusException", arg: 0, role: RoleError},
	{name: "WebApplicationException", arg: -1, role: RoleError},
	{name: "ClientErrorException", arg: -1, role: RoleError},
	{name: "ServerErrorException", arg: -1, role: RoleError},
	{name: "fromValue", recv: "HttpStatusCode", arg: 0, role: RoleStatus},                      // Ktor
	{name: "HttpStatusCode", recv: "-", arg: 0, role: RoleStatus},                              // Ktor HttpStatusCode(418, "...")
	{name: "withStatus", arg: 0, role: RoleStatus},                                             // WireMock aResponse().withStatus(404)
	{name: "withStatusCode", arg: 0, role: RoleStatus},                                         // MockServer response().withStatusCode(404)
	{name: "shouldHaveStatus", arg: 0, role: RoleCompare},                                      // kotest-assertions-ktor
	{name: "sendResponseHeaders", arg: 0, role: RoleStatus},                                    // JDK HttpServer: exchange.sendResponseHeaders(200, len)
	{name: "setStatusCode", arg: 0, role: RoleStatus, weak: true},                              // Vert.x response().setStatusCode(404); entity setters share the name
	{name: "fail", recv: "ctx|context|routingContext|rc", arg: 0, role: RoleError, weak: true}, // Vert.x ctx.fail(403)
	{name: "halt", recv: "-", arg: 0, role: RoleStatus, weak: true},                            // Spark halt(401, "..."); halt(200) ends a request too
	{name: "ApiResponse", kw: "code", role: RoleStatus, weak: true},                            // Swagger 2 @ApiResponse(code = 404, message = "...")
	{name: "respond", kw: "status", role: RoleStatus},
	{name: "respondText", kw: "status", role: RoleStatus},
	{name: "setResponseCode", arg: 0, role: RoleStatus},             // OkHttp MockResponse
	{name: "code", recv: ".", arg: 0, role: RoleStatus, weak: true}, // OkHttp Response.Builder().code(404)
	{name: "rawStatusCode", arg: 0, role: RoleStatus},
	{name: "error", recv: "Response", arg: 0, role: RoleError},     // Retrofit Response.error(404, body)
	{name: "ResponseEntity", arg: 1, role: RoleStatus, weak: true}, // new ResponseEntity<>(body, 201)
	{name: "ResponseEntity", arg: 2, role: RoleStatus, weak: true}, // new ResponseEntity<>(body, headers, 201)
}

var javaQuals = []qualifier{
	{name: "HttpStatus", eco: knowledge.EcoSpring},
	{name: "HttpServletResponse", eco: knowledge.EcoServlet},
	{name: "HttpURLConnection", eco: knowledge.EcoJava},
	{name: "Status", outer: "Response", eco: knowledge.EcoJAXRS}, // Response.Status.NOT_FOUND
}

var kotlinQuals = append([]qualifier{{name: "HttpStatusCode", eco: knowledge.EcoKtor}}, javaQuals...)

var (
	javaLex   = lexConfig{slashComments: true, javaStrings: true}
	kotlinLex = lexConfig{slashComments: true, nestComments: true, javaStrings: true, kotlin: true}
)

func init() {
	register(&langSpec{lang: Java, lex: javaLex, shapes: javaShapes, quals: javaQuals,
		bare: []bareConst{{prefix: "SC_", eco: knowledge.EcoServlet}}})
	register(&langSpec{lang: Kotlin, lex: kotlinLex, shapes: javaShapes, quals: kotlinQuals,
		bare: []bareConst{{prefix: "SC_", eco: knowledge.EcoServlet}}})
}
