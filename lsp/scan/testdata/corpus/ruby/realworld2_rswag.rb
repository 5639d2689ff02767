# rswag request specs document each response by its code.
require 'swagger_helper'

RSpec.describe 'Bookmarks API', type: :request do
  path '/api/v2/bookmarks/{id}' do
    parameter name: 'id', in: :path, type: :string

    get('show bookmark') do
      response(«200», 'found') do
        let(:id) { '‹404›' }
        run_test!
      end

      response '«404»', 'missing' do
        let(:id) { 'nope' }
        run_test!
      end

      response(«422», 'invalid') do
        let(:limit) { ‹500› }
        run_test!
      end
    end
  end
end
