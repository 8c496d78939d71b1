# frozen_string_literal: true

require 'test_helper'

describe Sdk::OAuthToken do
  it 'sets expiry to receipt time plus expires_in minus 30 seconds' do
    assert_equal 1_000 + 3_600 - 30, Sdk::TokenRequest.expiry_for(1_000.7, 3_600)
  end

  it 'takes half the lifetime as margin for tokens that live less than a minute' do
    assert_equal 1_000 + 40 - 20, Sdk::TokenRequest.expiry_for(1_000, 40)
  end

  it 'survives a round trip through to_json and from_hash, as a stored token does' do
    token = Sdk::OAuthToken.new(access_token: 'at', expires_in: 3600, expiry: 99, scope: 'read', refresh_token: 'rt')
    assert_equal token, Sdk::OAuthToken.from_hash(JSON.parse(token.to_json))
  end

  it 'never shows the access token or the refresh token when inspected' do
    text = Sdk::OAuthToken.new(access_token: 'secret-access', refresh_token: 'secret-refresh').inspect
    refute_includes text, 'secret-access'
    refute_includes text, 'secret-refresh'
  end

  it 'counts a token as expired once the SDK clock reaches its expiry' do
    manager = Sdk::Client.new(client_credentials_auth_credentials: TestHelper.client_credentials).http_ccg
    token = Sdk::OAuthToken.new(access_token: 'at', expiry: Sdk::Clock.now.floor + 60)
    refute manager.token_expired?(token)
    Sdk::Clock.advance(60)
    assert manager.token_expired?(token)
  ensure
    Sdk::Clock.reset
  end

  it 'counts no token as expired and a token without expiry as never expiring' do
    manager = Sdk::Client.new(client_credentials_auth_credentials: TestHelper.client_credentials).http_ccg
    assert manager.token_expired?
    refute manager.token_expired?(Sdk::OAuthToken.new(access_token: 'at'))
  end
end
