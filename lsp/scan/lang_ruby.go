package scan

import "httpstatus-lsp/knowledge"

// Ruby: Rails controllers and tests (render/head/redirect_to,
// assert_response, RSpec have_http_status), Sinatra (status, halt, error,
// redirect), Rack triples and HTTP clients (Net::HTTP, Faraday, HTTParty,
// WebMock).

var rubyShapes = []shape{
	{name: "head", recv: "-", arg: 0, role: RoleStatus, cmd: true},
	{name: "halt", recv: "-", arg: 0, role: RoleStatus, cmd: true},
	{name: "status", recv: "-", arg: 0, role: RoleStatus, cmd: true},
	{name: "error", recv: "-", arg: -1, role: RoleStatus, cmd: true}, // Sinatra error 404 do ... end
	{name: "assert_response", arg: 0, role: RoleCompare, cmd: true},
	{name: "have_http_status", arg: 0, role: RoleCompare, cmd: true},
	{name: "redirect", recv: "-", arg: 1, role: RoleRedirect, cmd: true},
	{name: "redirect_to", kw: "status", role: RoleRedirect},
	{name: "redirect_to", arg: -1, role: RoleRedirect, cmd: true},
	{name: "new", recv: "Response", arg: 1, role: RoleStatus},
	{name: "to_return", kw: "status", role: RoleStatus},
	{name: "error!", arg: 1, role: RoleError, cmd: true},                            // Grape: error!('Not Found', 404)
	{name: "halt", recv: "r|request", arg: 0, role: RoleStatus},                     // Roda: r.halt(403)
	{name: "response", recv: "-", arg: 0, role: RoleCompare, weak: true, cmd: true}, // rswag: response(200, 'successful') do ... end
}

var rubyLex = lexConfig{hashComments: true, rubyStrings: true}

func init() {
	register(&langSpec{lang: Ruby, lex: rubyLex, shapes: rubyShapes, commands: true,
		symbols: knowledge.EcoRack, seps: []string{".", "&.", "::"}})
}
