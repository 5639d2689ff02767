package scan

import "testing"

func TestScanPHP(t *testing.T) {
	checkMarked(t, PHP, []markedCase{
		{src: "<?php return response($body, «404»);", roles: []Role{RoleStatus}},
		{src: "<?php return response()->json($d, «201»);", roles: []Role{RoleStatus}},
		{src: "<?php abort(«403»); abort_if($x, «404»);", roles: []Role{RoleError, RoleError}},
		{src: "<?php http_response_code(«404»); header('HTTP/1.1 «503» Service Unavailable');", roles: []Role{RoleStatus, RoleStatus}},
		{src: "<?php $response->setStatusCode(Response::«HTTP_NOT_FOUND»);", roles: []Role{RoleStatus}},
		{src: "<?php return new JsonResponse($d, JsonResponse::«HTTP_NOT_FOUND»);", roles: []Role{RoleStatus}},
		{src: "<?php return new RedirectResponse('/x', «301»);", roles: []Role{RoleRedirect}},
		{src: "<?php $response->assertStatus(«404»);", roles: []Role{RoleCompare}},
		{src: "<?php $this->assertEquals(«404», $response->getStatusCode());", roles: []Role{RoleCompare}},
		{src: "<html><p>404</p><?php # abort(404)\n$s = <<<EOT\nabort(404)\nEOT;\n$n = <<<'X'\n404\nX;\nsleep(404); ?><p>404</p>"},
		{src: "<?php $a = ['limit' => 404]; $h = 0x194; $f = 404.5; $port = 8080;"},
	})
}
