# frozen_string_literal: true

require 'net/http'
require 'uri'
require 'json'

module Sdk
  # A response read once: status, headers (lower-case names), raw text and, if it parsed, JSON.
  HttpResponse = Struct.new(:status_code, :headers, :body, :json, keyword_init: true) do
    def success?
      status_code.between?(200, 299)
    end
  end

  # The SDK's only way onto the network: one Net::HTTP request per call, redirects not followed,
  # bodies read fully. Connection failures become ConnectionException naming the URL (which never
  # carries a secret: secrets travel in headers and bodies only).
  class HttpClient
    def initialize(timeout:)
      @timeout = timeout
    end

    # Sends `method` (:get or :post) to `url` and returns an HttpResponse.
    def request(method, url, headers: {}, body: nil)
      uri = URI(url)
      request = (method == :post ? Net::HTTP::Post : Net::HTTP::Get).new(uri)
      headers.each { |name, value| request[name] = value }
      request.body = body if body
      response = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == 'https',
                                                     open_timeout: @timeout, read_timeout: @timeout) do |http|
        http.request(request)
      end
      read(response)
    rescue SocketError, SystemCallError, IOError, Net::OpenTimeout, Net::ReadTimeout, OpenSSL::SSL::SSLError => e
      raise ConnectionException,
            "#{method.to_s.upcase} #{uri.scheme}://#{uri.host}:#{uri.port}#{uri.path} could not be completed " \
            "(#{e.class}: #{e.message}): check that the server is running and that auth_server_url / api_base_url " \
            '(or SDK_AUTH_SERVER_URL / SDK_API_BASE_URL) point at it'
    end

    private

    def read(response)
      headers = response.each_header.to_h { |name, value| [name.downcase, value] }
      body = (response.body || '').dup.force_encoding(Encoding::UTF_8)
      json = begin
        body.empty? ? nil : JSON.parse(body)
      rescue JSON::ParserError
        nil
      end
      HttpResponse.new(status_code: response.code.to_i, headers: headers, body: body, json: json)
    end
  end
end
