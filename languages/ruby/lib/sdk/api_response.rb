# frozen_string_literal: true

module Sdk
  # A successful API call: HTTP status, headers (lower-case names) and the parsed body as a model.
  #
  # @example
  #   response = client.user_controller.get_profile
  #   puts "#{response.status_code} #{response.data.name}"
  # @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
  class ApiResponse
    # HTTP status code (2xx).
    attr_reader :status_code
    # Response headers, lower-case names.
    attr_reader :headers
    # The response body as a model (UserProfile, ItemList, Item).
    attr_reader :data
    # The raw response body text.
    attr_reader :raw_body

    def initialize(status_code:, headers:, data:, raw_body:)
      @status_code = status_code
      @headers = headers
      @data = data
      @raw_body = raw_body
    end
  end
end
