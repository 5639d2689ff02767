package scan

import "httpstatus-lsp/knowledge"

// PHP: Laravel (response(), abort(), redirect(), test assertions), Symfony
// (Response, JsonResponse, HttpException, WebTestCase), PSR-7 and plain PHP.

var phpShapes = []shape{
	{name: "response", recv: "-", arg: 1, role: RoleStatus},
	{name: "json", recv: "response|this|Response", arg: 1, role: RoleStatus},
	{name: "make", recv: "response|Response", arg: 1, role: RoleStatus},
	{name: "view", recv: "response|Response", arg: 2, role: RoleStatus},
	{name: "abort", arg: 0, role: RoleError},
	{name: "abort_if", arg: 1, role: RoleError},
	{name: "abort_unless", arg: 1, role: RoleError},
	{name: "http_response_code", arg: 0, role: RoleStatus},
	{name: "header", recv: "-", arg: 0, role: RoleStatus, str: true},
	{name: "header", recv: "-", arg: 2, role: RoleRedirect},
	{name: "setStatusCode", arg: 0, role: RoleStatus},
	{name: "withStatus", arg: 0, role: RoleStatus},
	{name: "Response", arg: 1, role: RoleStatus},
	{name: "Response", arg: 0, role: RoleStatus, weak: true},   // Guzzle/PSR-7: new Response(404, $headers, $body)
	{name: "response", recv: "Http", arg: 1, role: RoleStatus}, // Laravel Http::fake([... => Http::response($body, 500)])
	{name: "JsonResponse", arg: 1, role: RoleStatus},
	{name: "RedirectResponse", arg: 1, role: RoleRedirect},
	{name: "redirect", recv: "-", arg: 1, role: RoleRedirect},
	{name: "to", recv: "redirect|Redirect", arg: 1, role: RoleRedirect},
	{name: "away", recv: "redirect|Redirect", arg: 1, role: RoleRedirect},
	{name: "route", recv: "redirect", arg: 2, role: RoleRedirect},
	{name: "assertStatus", arg: 0, role: RoleCompare},
	{name: "assertResponseStatusCodeSame", arg: 0, role: RoleCompare},
	{name: "assertResponseStatus", arg: 0, role: RoleCompare}, // Laravel 5 / Lumen
	{name: "seeStatusCode", arg: 0, role: RoleCompare},        // Lumen
	{name: "seeResponseCodeIs", arg: 0, role: RoleCompare},    // Codeception REST
	{name: "dontSeeResponseCodeIs", arg: 0, role: RoleCompare},
	{name: "HttpException", arg: 0, role: RoleError},
	{name: "HttpResponseException", arg: 1, role: RoleError},
	{name: "Psr7Response", arg: 0, role: RoleStatus},
	{name: "createResponse", arg: 0, role: RoleStatus},
	// WordPress
	{name: "WP_REST_Response", arg: 1, role: RoleStatus},
	{name: "wp_send_json", arg: 1, role: RoleStatus},
	{name: "wp_send_json_success", arg: 1, role: RoleStatus},
	{name: "wp_send_json_error", arg: 1, role: RoleStatus},
	{name: "status_header", arg: 0, role: RoleStatus},
	{name: "wp_redirect", arg: 1, role: RoleRedirect},
	{name: "wp_safe_redirect", arg: 1, role: RoleRedirect},
	// CodeIgniter 4 ResponseTrait
	{name: "respond", recv: "this", arg: 1, role: RoleStatus},
	{name: "fail", recv: "this", arg: 1, role: RoleError},
}

var phpLex = lexConfig{slashComments: true, hashComments: true, phpStrings: true}

func init() {
	register(&langSpec{lang: PHP, lex: phpLex, shapes: phpShapes,
		quals: []qualifier{{name: "*Response", eco: knowledge.EcoSymfony}},
		seps:  []string{"->", "?->", "::"}})
}
