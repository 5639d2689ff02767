package scan

import "testing"

func TestScanRuby(t *testing.T) {
	checkMarked(t, Ruby, []markedCase{
		{src: "render json: x, status: :«not_found»", roles: []Role{RoleStatus}},
		{src: "render json: x, status: «422»", roles: []Role{RoleStatus}},
		{src: "head :«not_found»\nhead «204»", roles: []Role{RoleStatus, RoleStatus}},
		{src: "halt «404», 'missing'", roles: []Role{RoleStatus}},
		{src: "redirect_to root_path, status: «301»", roles: []Role{RoleRedirect}},
		{src: "assert_response :«not_found»", roles: []Role{RoleCompare}},
		{src: "expect(response).to have_http_status(«404»)", roles: []Role{RoleCompare}},
		{src: "expect(response.status).to eq «404»", roles: []Role{RoleCompare}},
		{src: "assert_equal «404», response.status", roles: []Role{RoleCompare}},
		{src: "return nil if res.code == '«404»'", roles: []Role{RoleCompare}},
		{src: "[«200», { 'content-type' => 'text/plain' }, ['ok']]", roles: []Role{RoleStatus}},
		{src: "sleep 404\nx = %w[404 500]\ny = <<~EOS\n  head 404\nEOS\n# halt 404\n=begin\nhead 404\n=end\n"},
		{src: "self.status = :«not_found»\nfoo :not_found\nlimit(404)", roles: []Role{RoleStatus}},
	})
}
