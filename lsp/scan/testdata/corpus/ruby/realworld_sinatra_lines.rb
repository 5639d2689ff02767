require 'sinatra'

get '/teapot' do
  status «418»
  [‹200›, ‹300›].sample.to_s
end

get '/legacy' do
  halt «410», 'gone'
end

post '/upload' do
  status «202»
  [«201», { 'Content-Type' => 'text/plain' }, ['queued']]
end
