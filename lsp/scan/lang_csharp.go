package scan

import "httpstatus-lsp/knowledge"

// C#: ASP.NET Core controllers and minimal APIs, HttpClient, xUnit/NUnit
// and FluentAssertions.

var csShapes = []shape{
	{name: "StatusCode", recv: "-", arg: 0, role: RoleStatus},
	{name: "StatusCode", recv: "Results|TypedResults|this|base|Controller", arg: 0, role: RoleStatus},
	{name: "StatusCodeResult", arg: 0, role: RoleStatus},
	{name: "HttpStatusCodeResult", arg: 0, role: RoleStatus}, // ASP.NET MVC 5: new HttpStatusCodeResult(404)
	{name: "Problem", kw: "statusCode", role: RoleError},
	{name: "ValidationProblem", kw: "statusCode", role: RoleError},
	{name: "Json", kw: "statusCode", role: RoleStatus},
	{name: "Text", kw: "statusCode", role: RoleStatus},
	{name: "Content", kw: "statusCode", role: RoleStatus},
	{name: "ProducesResponseType", arg: -1, role: RoleStatus},
	{name: "ProducesErrorResponseType", arg: -1, role: RoleStatus},
	{name: "SwaggerResponse", arg: 0, role: RoleStatus},
	{name: "BadHttpRequestException", arg: 1, role: RoleError},
	{name: "HttpException", arg: 0, role: RoleError},
	{name: "WithStatusCode", arg: 0, role: RoleStatus},
	{name: "UseStatusCodePages", arg: -1, role: RoleStatus},
}

var csQuals = []qualifier{
	{name: "StatusCodes", eco: knowledge.EcoAspNet},
	{name: "HttpStatusCode", eco: knowledge.EcoDotNet},
}

var csLex = lexConfig{slashComments: true, hashComments: true, csStrings: true}

func init() {
	register(&langSpec{lang: CSharp, lex: csLex, shapes: csShapes, quals: csQuals})
}
