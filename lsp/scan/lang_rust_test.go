package scan

import "testing"

func TestScanRust(t *testing.T) {
	checkMarked(t, Rust, []markedCase{
		{src: "let s = StatusCode::from_u16(«418»)?;", roles: []Role{RoleStatus}},
		{src: "return (StatusCode::«NOT_FOUND», \"missing\");", roles: []Role{RoleStatus}},
		{src: "if resp.status() == http::StatusCode::«NOT_FOUND» {}", roles: []Role{RoleCompare}},
		{src: "assert_eq!(resp.status().as_u16(), «404»);", roles: []Role{RoleCompare}},
		{src: "match resp.status().as_u16() { «404» | «410» => gone(), «500»..=«599» => retry(), _ => () }", roles: []Role{RoleCompare, RoleCompare, RoleRange, RoleRange}},
		{src: "Response::builder().status(«201»).body(b)", roles: []Role{RoleStatus}},
		{src: "fn f<'a>(x: &'a str) -> char { sleep(Duration::from_millis(404)); let r = r#\"404\"#; '4' }"},
		{src: "let v = vec![0u8; 404]; let n = 404_u16; /* /* 404 */ */ let h = 0x194;"},
	})
}
