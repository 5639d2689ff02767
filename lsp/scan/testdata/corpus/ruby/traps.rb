# Plain Ruby with numbers that look like statuses. status 404 in a comment.
require 'net/http'

class Importer
  BATCH = ‹404›
  PORT = ‹8080›

  def initialize(limit: ‹500›, timeout: ‹30›)
    @limit = limit
    @timeout = timeout
  end

  def run(rows)
    rows.each_slice(BATCH) { |slice| store(slice.first(‹200›)) }
    sleep(‹0.5›)
    items = rows.take(‹404›)
    Time.now.year - ‹2000›
  end

  def fetch(uri)
    res = Net::HTTP.get_response(uri)
    case res
    when Net::HTTPSuccess then res.body
    end
    return nil if res.code.to_i == «404»
    raise "server error" if res.code.to_i >= «500»
    if [«301», «302»].include?(res.code.to_i)
      fetch(URI(res['location']))
    end
  end

  def report
    puts "imported #{‹404›} rows"
    { status: "done", count: ‹404› }
  end
end

class ErrorsController < ApplicationController
  def not_found
    render template: 'errors/not_found', status: «404», layout: false
  end

  def gone
    head :«gone»
  end

  def old
    redirect_to '/new', status: :«see_other»
  end
end

ROWS = [[‹200›, 'ok'], [‹404›, 'missing']]
