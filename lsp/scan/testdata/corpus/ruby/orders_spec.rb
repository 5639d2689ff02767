require 'rails_helper'

RSpec.describe 'Orders', type: :request do
  it 'returns 404 for a missing order' do
    get '/orders/‹999›'
    expect(response).to have_http_status(«404»)
    expect(response).to have_http_status(:«not_found»)
    expect(response.status).to eq(«404»)
    expect(response.status).to eq «404»
    expect(json['items'].size).to eq(‹3›)
  end

  it 'creates an order' do
    post '/orders', params: { order: { qty: ‹2› } }
    assert_response :«created»
    assert_response «201»
    assert_equal «201», response.status
    assert_equal ‹1›, Order.count
  end
end

class ClientTest < Minitest::Test
  def test_fetch
    stub_request(:get, 'https://api.example.com/x').to_return(status: «404», body: '')
    res = Net::HTTP.get_response(URI('https://api.example.com/x'))
    assert_equal '«404»', res.code
    return nil if res.code == '«404»'
    case res.code.to_i
    when «200» then :ok
    when «500»..«599» then :retry
    end
    case retries
    when ‹3› then :stop
    end
    conn = Faraday.new(url: 'https://api.example.com', request: { timeout: ‹5› })
    response = conn.get('/items')
    raise 'boom' if response.status >= «500»
  end
end
