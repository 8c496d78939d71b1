# frozen_string_literal: true

require 'test_helper'
require 'base64'

describe Sdk::TokenRequest do
  def token_response(body, status: 200)
    [status, { 'Content-Type' => 'application/json' }, JSON.generate(body)]
  end

  def with_server(*responses)
    server = CaptureServer.new(responses)
    yield server
  ensure
    server&.close
  end

  def client_for(server, credentials)
    Sdk::Client.new(client_credentials_auth_credentials: credentials, auth_server_url: "#{server.url}/auth",
                    api_base_url: "#{server.url}/api")
  end

  it 'authenticates with HTTP Basic, id and secret form-encoded, and keeps the secret out of the body and URL' do
    with_server(token_response({ access_token: 'at', token_type: 'Bearer', expires_in: 3600 })) do |server|
      credentials = Sdk::ClientCredentialsAuthCredentials.new(o_auth_client_id: 'docs client:%&+ 1',
                                                              o_auth_client_secret: 's3cret with spaces:%&+=')
      client_for(server, credentials).http_ccg.fetch_token
      request = server.requests.first
      assert_equal ['POST', '/auth/oauth2/token'], [request.method, request.path]
      assert_equal "Basic #{Base64.strict_encode64('docs+client%3A%25%26%2B+1:s3cret+with+spaces%3A%25%26%2B%3D')}",
                   request.headers['authorization']
      assert_equal({ 'grant_type' => 'client_credentials' }, URI.decode_www_form(request.body).to_h)
      refute_includes request.path, 's3cret'
    end
  end

  it 'keeps the old refresh token when the server does not send a new one (RFC 6749 section 6)' do
    with_server(token_response({ access_token: 'new', token_type: 'bearer', expires_in: 3600 })) do |server|
      stored = Sdk::OAuthToken.new(access_token: 'old', expiry: 1, refresh_token: 'rt-1')
      client = client_for(server, TestHelper.client_credentials(o_auth_token: stored))
      token = client.http_ccg.refresh_token
      assert_equal %w[new rt-1 Bearer], [token.access_token, token.refresh_token, token.token_type]
      assert_equal({ 'grant_type' => 'refresh_token', 'refresh_token' => 'rt-1' },
                   URI.decode_www_form(server.requests.first.body).to_h)
    end
  end

  it 'raises INVALID_RESPONSE for a token type other than Bearer' do
    with_server(token_response({ access_token: 'at', token_type: 'mac' })) do |server|
      error = assert_raises(Sdk::InvalidResponseException) { client_for(server, TestHelper.client_credentials).http_ccg.fetch_token }
      assert_equal 'INVALID_RESPONSE', error.code
    end
  end

  it 'raises API_ERROR with the status for an error answer that is not an OAuth error response' do
    with_server([502, { 'Content-Type' => 'text/plain' }, 'Bad gateway']) do |server|
      error = assert_raises(Sdk::APIException) { client_for(server, TestHelper.client_credentials).http_ccg.fetch_token }
      assert_equal ['API_ERROR', 502, 'Bad gateway'], [error.code, error.response_code, error.body]
    end
  end

  it 'raises CONNECTION_ERROR naming the URL when the server cannot be reached' do
    client = Sdk::Client.new(client_credentials_auth_credentials: TestHelper.client_credentials,
                             auth_server_url: 'http://127.0.0.1:9/auth')
    error = assert_raises(Sdk::ConnectionException) { client.http_ccg.fetch_token }
    assert_equal 'CONNECTION_ERROR', error.code
    assert_includes error.message, '127.0.0.1:9/auth/oauth2/token'
  end
end

describe Sdk::BearerChallenge do
  it 'reads realm, error, error_description and scope of a Bearer challenge' do
    header = 'Bearer realm="api", error="insufficient_scope", error_description="Needs \"write\"", scope="write"'
    assert_equal({ 'realm' => 'api', 'error' => 'insufficient_scope', 'error_description' => 'Needs "write"', 'scope' => 'write' },
                 Sdk::BearerChallenge.parse(header))
  end

  it 'answers nil for a missing header or another scheme' do
    assert_nil Sdk::BearerChallenge.parse(nil)
    assert_nil Sdk::BearerChallenge.parse('Basic realm="x"')
  end
end
