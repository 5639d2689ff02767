package scan

import "testing"

func TestScanPython(t *testing.T) {
	checkMarked(t, Python, []markedCase{
		{src: "abort(«404»)", roles: []Role{RoleError}},
		{src: "@app.get('/')\ndef f():\n    return jsonify(x), «201»\n", roles: []Role{RoleStatus}},
		{src: "def f():\n    return {'a': 1}, «400», {'X': 'y'}\n", roles: []Role{RoleStatus}},
		{src: "def pair():\n    return lo, 404\n"},
		{src: "return HttpResponse(status=«405»)", roles: []Role{RoleStatus}},
		{src: "JSONResponse(content={}, status_code=«422»)", roles: []Role{RoleStatus}},
		{src: "raise HTTPException(status_code=«404», detail='x')", roles: []Role{RoleError}},
		{src: "RedirectResponse('/x', status_code=«307»); redirect(u, code=«302»)", roles: []Role{RoleRedirect, RoleRedirect}},
		{src: "self.assertEqual(resp.status_code, «404»)", roles: []Role{RoleCompare}},
		{src: "assert r.status_code == «200», r.text", roles: []Role{RoleCompare}},
		{src: "if r.status_code in («200», «201»): pass", roles: []Role{RoleCompare, RoleCompare}},
		{src: "match r.status_code:\n    case «404» | «410»:\n        pass\n    case _:\n        pass\n", roles: []Role{RoleCompare, RoleCompare}},
		{src: "start_response('«404» Not Found', [])", roles: []Role{RoleStatus}},
		{src: "from http import HTTPStatus as S\nx = S.«NOT_FOUND»", roles: []Role{RoleStatus}},
		{src: "import http\nif r.status == http.HTTPStatus.«NOT_FOUND»: pass", roles: []Role{RoleCompare}},
		{src: "from rest_framework import status\nResponse(d, status=status.«HTTP_404_NOT_FOUND»)", roles: []Role{RoleStatus}},
		{src: "from starlette.status import HTTP_404_NOT_FOUND\nraise HTTPException(«HTTP_404_NOT_FOUND»)", roles: []Role{RoleError}},
		{src: "if r.status_code == requests.codes.«not_found»: pass", roles: []Role{RoleCompare}},
		{src: "except HTTPError as e:\n    if e.code == «403»:\n        pass\n    if e.code == 1:\n        pass\n", roles: []Role{RoleCompare}},
		// negatives
		{src: "time.sleep(404)\nrequests.get(u, timeout=500)\napp.run(port=5000)\nrange(200)"},
		{src: "# abort(404)\n'''abort(404)'''\nf'{404}'\nx = 'status=404'"},
		{src: "x = 404 * 2\ny = items[404]\nz = 4.04\nw = 0o404"},
		{src: "status = 'active'\nstatus = 1\ncodes.not_found"},
		{src: "from starlette.status import (\n    HTTP_200_OK,\n    HTTP_404_NOT_FOUND,\n)\nx = «HTTP_404_NOT_FOUND»", roles: []Role{RoleStatus}},
	})
}
