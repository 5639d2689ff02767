class FeedFetcher
  RETRY_STATUSES = [«429», «502», «503»].freeze
  AVATAR_SIZES = [‹128›, ‹256›].freeze

  def client
    Faraday.new(url: base_url) do |f|
      f.request :retry, max: ‹4›, interval: 0.5, retry_statuses: [«500», «504»]
      f.options.timeout = ‹180›
    end
  end
end
