# frozen_string_literal: true

require 'test_helper'

describe Sdk::AuthorizationCodeAuthManager do
  # Unreachable on purpose: these tests prove the SDK decides before sending anything.
  let(:client) do
    Sdk::Client.new(
      authorization_code_auth_credentials: TestHelper.authorization_code(o_auth_scopes: [Sdk::OAuthScopeEnum::READ_SCOPE, Sdk::OAuthScopeEnum::WRITE_SCOPE]),
      auth_server_url: 'http://127.0.0.1:9/auth', api_base_url: 'http://127.0.0.1:9/api/v1'
    )
  end
  let(:query) { ->(url) { URI.decode_www_form(URI(url).query).to_h } }

  it 'builds the authorization URL with client id, redirect URI, scopes, state and an S256 challenge, in that order' do
    url = client.http_acg.get_authorization_url(state: 'xyz', additional_params: { prompt: 'consent' })
    assert_match %r{\Ahttp://127\.0\.0\.1:9/auth/oauth2/authorize\?response_type=code&client_id=OAuthClientId&redirect_uri=https%3A%2F%2Fexample\.com%2Foauth%2Fcallback&scope=read\+write&state=xyz&code_challenge=[A-Za-z0-9_-]{43}&code_challenge_method=S256&prompt=consent\z}, url
  end

  it 'never puts the client secret in the authorization URL' do
    refute_includes client.http_acg.get_authorization_url, TestHelper::CLIENT_SECRET
  end

  it 'derives the S256 challenge as RFC 7636 appendix B does' do
    assert_equal 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
                 Sdk::Pkce.s256_code_challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')
    assert_match(/\A[A-Za-z0-9_-]{43}\z/, Sdk::Pkce.create_code_verifier)
  end

  it 'uses a new challenge for every authorization URL' do
    first = query.call(client.http_acg.get_authorization_url(state: 'a'))['code_challenge']
    second = query.call(client.http_acg.get_authorization_url(state: 'a'))['code_challenge']
    refute_equal first, second
  end

  it 'raises CONFIGURATION_ERROR for an additional parameter the SDK sets itself' do
    error = assert_raises(Sdk::ConfigurationException) do
      client.http_acg.get_authorization_url(additional_params: { 'redirect_uri' => 'https://evil.test' })
    end
    assert_equal 'CONFIGURATION_ERROR', error.code
    assert_includes error.message, 'redirect_uri'
  end

  it 'raises CONFIGURATION_ERROR for an additional parameter that carries the client secret' do
    error = assert_raises(Sdk::ConfigurationException) do
      client.http_acg.get_authorization_url(additional_params: { hint: TestHelper::CLIENT_SECRET })
    end
    assert_equal 'CONFIGURATION_ERROR', error.code
    refute_includes error.message, TestHelper::CLIENT_SECRET
  end

  it 'raises STATE_MISMATCH for a state it never issued, before sending anything' do
    client.http_acg.get_authorization_url(state: 'issued')
    error = assert_raises(Sdk::StateMismatchException) { client.http_acg.fetch_token('code', state: 'forged') }
    assert_equal 'STATE_MISMATCH', error.code
  end

  it 'raises AUTHORIZATION_REQUIRED for an endpoint call without a token, before sending anything' do
    error = assert_raises(Sdk::AuthorizationRequiredException) { client.user_controller.get_profile }
    assert_equal 'AUTHORIZATION_REQUIRED', error.code
    assert_includes error.message, 'get_authorization_url'
  end

  it 'raises AUTHORIZATION_REQUIRED for refresh_token without a refresh token' do
    error = assert_raises(Sdk::AuthorizationRequiredException) { client.http_acg.refresh_token }
    assert_equal 'AUTHORIZATION_REQUIRED', error.code
  end

  it 'raises CONFIGURATION_ERROR for an empty authorization code' do
    assert_equal 'CONFIGURATION_ERROR', assert_raises(Sdk::ConfigurationException) { client.http_acg.fetch_token('') }.code
  end
end
