package scan

import "httpstatus-lsp/knowledge"

// Rust: the http crate's StatusCode (axum, hyper, reqwest, warp, actix-web
// re-export it), response builders and the test tools (wiremock, mockito).

var rustShapes = []shape{
	{name: "from_u16", recv: "StatusCode", arg: 0, role: RoleStatus},
	{name: "status", recv: ".", arg: 0, role: RoleStatus}, // Response::builder().status(404)
	{name: "with_status", arg: 0, role: RoleStatus},       // mockito .with_status(404)
	{name: "new", recv: "ResponseTemplate", arg: 0, role: RoleStatus},
	{name: "new", recv: "Status", arg: 0, role: RoleStatus, weak: true},        // Rocket Status::new(418)
	{name: "new", recv: "Response", arg: 0, role: RoleStatus, weak: true},      // tide Response::new(404)
	{name: "builder", recv: "Response", arg: 0, role: RoleStatus, weak: true},  // tide Response::builder(200)
	{name: "from_str", recv: "Error", arg: 0, role: RoleError, weak: true},     // tide::Error::from_str(400, "...")
	{name: "from_display", recv: "Error", arg: 0, role: RoleError, weak: true}, // tide
}

var rustLex = lexConfig{slashComments: true, nestComments: true, rustStrings: true}

func init() {
	register(&langSpec{lang: Rust, lex: rustLex, shapes: rustShapes,
		quals: []qualifier{{name: "StatusCode", eco: knowledge.EcoRust}},
		seps:  []string{"::", "."}})
}
