# frozen_string_literal: true

require 'minitest/autorun'
require 'json'
require 'net/http'
require 'socket'
require 'sdk'
require 'sandbox'

# Shared helpers of the SDK's tests.
module TestHelper
  # Demo fixtures of the mock server (sandbox/mock-server/fixtures.ts).
  CLIENT_ID = 'OAuthClientId'
  CLIENT_SECRET = 'OAuthClientSecret'
  USERNAME = 'OAuthUsername'
  PASSWORD = 'OAuthPassword'
  REDIRECT_URI = 'https://example.com/oauth/callback'

  module_function

  def client_credentials(**options)
    Sdk::ClientCredentialsAuthCredentials.new(o_auth_client_id: CLIENT_ID, o_auth_client_secret: CLIENT_SECRET, **options)
  end

  def resource_owner(**options)
    Sdk::ResourceOwnerAuthCredentials.new(o_auth_client_id: CLIENT_ID, o_auth_client_secret: CLIENT_SECRET,
                                          o_auth_username: USERNAME, o_auth_password: PASSWORD, **options)
  end

  def authorization_code(**options)
    Sdk::AuthorizationCodeAuthCredentials.new(o_auth_client_id: CLIENT_ID, o_auth_client_secret: CLIENT_SECRET,
                                              o_auth_redirect_uri: REDIRECT_URI, **options)
  end
end

# Tests against the HTTP mock server (`npm run mock-server`, or the one `npm run test:sdks`
# starts): skipped when MOCK_SERVER_URL is unset. Each test starts from a reset server and clock.
module MockServerTest
  def setup
    super
    skip 'MOCK_SERVER_URL is not set: start `npm run mock-server` and export the variables it prints' if mock_url.empty?
    control(:post, '/reset')
    Sdk::Clock.reset
  end

  def teardown
    Sdk::Clock.reset
    super
  end

  def mock_url
    ENV.fetch('MOCK_SERVER_URL', '').sub(%r{/+\z}, '')
  end

  # A client pointed at the mock server, whatever the environment says.
  def mock_client(**options)
    Sdk::Client.new(auth_server_url: "#{mock_url}/auth", api_base_url: "#{mock_url}/api/v1", **options)
  end

  def control(method, path, body = nil)
    uri = URI("#{mock_url}/__control#{path}")
    request = { post: Net::HTTP::Post, put: Net::HTTP::Put, get: Net::HTTP::Get }.fetch(method).new(uri)
    request['Content-Type'] = 'application/json'
    request.body = JSON.generate(body) if body
    response = Net::HTTP.start(uri.host, uri.port) { |http| http.request(request) }
    raise "#{method.upcase} #{uri} answered #{response.code}" unless response.is_a?(Net::HTTPSuccess)

    response.body.to_s.empty? ? nil : JSON.parse(response.body)
  end

  def scenario(name, enabled: true)
    control(:put, "/scenarios/#{name}", { enabled: enabled })
  end

  # Requests the server answered since the reset, e.g. [{"method"=>"POST", "url"=>"/auth/oauth2/token", ...}].
  def requests
    control(:get, '/requests')
  end

  def token_requests
    requests.count { |entry| entry['url'].start_with?('/auth/oauth2/token') }
  end
end

# A one-shot HTTP server on loopback that records each request and answers with canned
# responses, for what the mock server's request log does not show (headers, bodies).
class CaptureServer
  Request = Struct.new(:method, :path, :headers, :body, keyword_init: true)

  attr_reader :requests

  # `responses`: [status, headers, body] answered in order, the last one repeated.
  def initialize(responses)
    @responses = responses
    @requests = []
    @server = TCPServer.new('127.0.0.1', 0)
    @thread = Thread.new { serve }
  end

  def url
    "http://127.0.0.1:#{@server.addr[1]}"
  end

  def close
    @thread.kill
    @server.close
  end

  private

  def serve
    loop do
      socket = @server.accept
      method, path = socket.gets.to_s.split
      headers = {}
      while (line = socket.gets) && line != "\r\n"
        name, value = line.split(':', 2)
        headers[name.downcase] = value.strip
      end
      body = socket.read(headers['content-length'].to_i)
      @requests << Request.new(method: method, path: path, headers: headers, body: body)
      status, response_headers, response_body = @responses[[@requests.size - 1, @responses.size - 1].min]
      head = response_headers.merge('Content-Length' => response_body.bytesize, 'Connection' => 'close')
      socket.write("HTTP/1.1 #{status} X\r\n#{head.map { |k, v| "#{k}: #{v}\r\n" }.join}\r\n#{response_body}")
      socket.close
    end
  end
end
