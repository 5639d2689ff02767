# frozen_string_literal: true

# Returns 404 when the order is missing.
class OrdersController < ApplicationController
  PER_PAGE = ‹25›
  MAX_ITEMS = ‹404›

  before_action :set_order, only: %i[show update destroy]

  def index
    orders = Order.limit(‹100›).offset(params[:page].to_i * PER_PAGE)
    render json: orders, status: :«ok»
  end

  def show
    if @order.nil?
      render json: { error: "not found" }, status: :«not_found»
    else
      render json: @order, status: «200»
    end
  end

  def create
    order = Order.new(order_params)
    if order.save
      render json: order, status: :«created», location: order
    else
      render json: order.errors, status: :«unprocessable_entity»
    end
  end

  def destroy
    @order.destroy
    head :«no_content»
  end

  def legacy
    redirect_to orders_path, status: :«moved_permanently»
  end

  def archived
    redirect_to archive_path(id: ‹404›), status: «301»
  end

  def teapot
    head «418»
  end

  def slow
    sleep ‹0.5›
    sleep(‹404›)
    Rails.cache.fetch("orders/#{‹404›}", expires_in: ‹3600›)
    render plain: "status: ‹500› in text", status: «503»
  end

  private

  def set_order
    @order = Order.find_by(id: params[:id])
  end
end

class App < Sinatra::Base
  set :port, ‹4567›

  get '/items/:id' do
    halt «404», 'no such item' unless Item.exists?(params[:id])
    status «200»
    json Item.find(params[:id])
  end

  get '/old' do
    redirect '/new', «301»
  end

  error «404» do
    'nothing here'
  end
end

class Health
  def call(env)
    return [«503», { 'content-type' => 'text/plain' }, ['down']] if maintenance?
    [«200», { 'content-type' => 'text/plain' }, ['ok']]
  end
end

TEXT = <<~EOS
  status: 404
  head 404
EOS
WORDS = %w[‹404› ‹500›]
