package scan

import "testing"

// The real-world contexts read tokens on both sides of a value (the next
// call, the enclosing definition, the struct type of a table): every prefix
// of such code must scan without panicking, and every literal reported
// must span exactly a run of digits.
func TestRealWorldContextsOnPrefixes(t *testing.T) {
	samples := []struct {
		lang Language
		src  string
	}{
		{TypeScript, "expect(404).toBe(res.status); const RETRY_STATUS_CODES = [429, 503]; export function toHttpStatus(k: string): number { return k ? 404 : 409 }"},
		{JavaScript, "it.each([[404, 'x']])('%s', (status, why) => {}); cy.its('status').should('eq', 201); fetchMock.get('/x', 410); const fail = (m, statusCode) => 0; fail('a', 418)"},
		{TypeScript, "export enum ApiHttpStatus { Ok = 200, Gone = 410 }"},
		{Python, "@pytest.mark.parametrize(\"path,expected_status\", [(\"/a\", 200), (\"/b\", 404)])\ndef error_json(message, code=400):\n    return {}, code\nerror_json('x', 422)\n@app.errorhandler(413)\ndef h(e):\n    return 'x', 413\nresponses={404: {}}\n"},
		{CSharp, "[Theory]\n[InlineData(\"/x\", 404)]\npublic void T(string p, int expectedStatus) { }\npublic enum GatewayResponseCode : int { Ok = 200 }"},
		{Java, "@ValueSource(ints = {400, 404}) void r(int status) {} given().then().statusCode(equalTo(201)); return new ResponseEntity<>(b, h, 301);"},
		{Rust, "assert_eq!(resp.status().as_u16(), 200u16);"},
		{Ruby, "get '/t' do\n  status 418\n  [200, {}, ['x']]\nend\n"},
		{PHP, "<?php new Response(502); Http::response('x', 503);"},
		{Go, "package p\nfunc T() {\n\tcases := []struct {\n\t\tname string\n\t\tcode int\n\t}{\n\t\t{\"a\", 404},\n\t}\n\t_ = cases\n}\n"},
	}
	for _, s := range samples {
		full := Scan([]byte(s.src), s.lang)
		if len(full) == 0 {
			t.Errorf("%s: nothing recognized in %q", s.lang, s.src)
		}
		for n := 0; n <= len(s.src); n++ {
			src := []byte(s.src[:n])
			for _, o := range Scan(src, s.lang) {
				if o.Start < 0 || o.End > len(src) || o.Start >= o.End {
					t.Fatalf("%s prefix %d: bad range %+v", s.lang, n, o)
				}
				if o.Kind == Literal {
					for _, c := range src[o.Start:o.End] {
						if c < '0' || c > '9' {
							t.Fatalf("%s prefix %d: literal %q is not digits", s.lang, n, src[o.Start:o.End])
						}
					}
				}
			}
		}
	}
}
