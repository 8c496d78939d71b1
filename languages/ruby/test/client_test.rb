# frozen_string_literal: true

require 'test_helper'

describe 'Sdk::Client against the mock server' do
  include MockServerTest

  it 'fetches a client credentials token on the first call and reuses it' do
    client = mock_client(client_credentials_auth_credentials: TestHelper.client_credentials)
    response = client.user_controller.get_profile
    client.items_controller.list_items
    assert_equal [200, 'client'], [response.status_code, response.data.kind]
    assert_equal 1, token_requests
  end

  it 'renews an expired password-grant token with its refresh token on the next call' do
    client = mock_client(resource_owner_auth_credentials: TestHelper.resource_owner)
    first = client.http_ropcg.fetch_token
    Sandbox.clock.advance(3600)
    assert client.http_ropcg.token_expired?
    client.user_controller.get_profile
    refute_equal first.access_token, client.http_ropcg.o_auth_token.access_token
    assert_equal 2, token_requests
    # The server rotates refresh tokens: the first one now fails, so the renewal did use it.
    replay = mock_client(resource_owner_auth_credentials: TestHelper.resource_owner(o_auth_token: first))
    assert_equal 'invalid_grant', assert_raises(Sdk::OAuthProviderException) { replay.http_ropcg.refresh_token }.error
  end

  it 'starts a new password grant when the refresh token is rejected with invalid_grant' do
    client = mock_client(resource_owner_auth_credentials: TestHelper.resource_owner)
    client.http_ropcg.fetch_token
    scenario('revokeRefreshToken')
    Sandbox.clock.advance(3600)
    assert_equal 200, client.user_controller.get_profile.status_code
    assert_equal 3, token_requests # password, refused refresh, password again
  end

  it 'raises OAUTH_PROVIDER_ERROR with the RFC 6749 error for a wrong password, without the password in the message' do
    client = mock_client(resource_owner_auth_credentials: TestHelper.resource_owner(o_auth_password: 'wrong-password'))
    error = assert_raises(Sdk::OAuthProviderException) { client.items_controller.list_items }
    assert_equal ['OAUTH_PROVIDER_ERROR', 'invalid_grant', 400], [error.code, error.error, error.response_code]
    refute_nil error.error_description
    refute_includes error.message, 'wrong-password'
  end

  it 'raises OAUTH_PROVIDER_ERROR invalid_client for a wrong client secret, without the secret in the message' do
    client = mock_client(client_credentials_auth_credentials: TestHelper.client_credentials(o_auth_client_secret: 'revoked-secret'))
    error = assert_raises(Sdk::OAuthProviderException) { client.http_ccg.fetch_token }
    assert_equal %w[OAUTH_PROVIDER_ERROR invalid_client], [error.code, error.error]
    refute_includes error.message, 'revoked-secret'
  end

  it 'raises API_ERROR 403 insufficient_scope when a read-only token creates an item' do
    client = mock_client(client_credentials_auth_credentials: TestHelper.client_credentials(o_auth_scopes: ['read']))
    error = assert_raises(Sdk::APIException) { client.items_controller.create_item(name: 'Pen') }
    assert_equal ['API_ERROR', 403, 'insufficient_scope', 'write'], [error.code, error.response_code, error.error, error.scope]
  end

  it 'creates an item with a write token and answers 201 with the item' do
    client = mock_client(client_credentials_auth_credentials: TestHelper.client_credentials(o_auth_scopes: %w[read write]))
    response = client.items_controller.create_item(name: 'Notebook', quantity: 2)
    assert_equal [201, 'Notebook', 2], [response.status_code, response.data.name, response.data.quantity]
  end

  it 'renews the token and retries once when the API answers 401' do
    client = mock_client(client_credentials_auth_credentials: TestHelper.client_credentials)
    client.http_ccg.fetch_token
    scenario('apiUnauthorizedOnce')
    assert_equal 200, client.items_controller.list_items.status_code
    assert_equal 2, token_requests
  end

  it 'sends one token request for ten concurrent calls without a token' do
    client = mock_client(client_credentials_auth_credentials: TestHelper.client_credentials)
    scenario('slowServer')
    statuses = Array.new(10) { Thread.new { client.items_controller.list_items.status_code } }.map(&:value)
    assert_equal [200] * 10, statuses
    assert_equal 1, token_requests
  end

  it 'asks o_auth_token_provider when there is no token and reports each new token to o_auth_on_token_update' do
    calls = []
    credentials = TestHelper.client_credentials(
      o_auth_token_provider: lambda { |last, manager|
        calls << [:provider, last&.access_token]
        manager.fetch_token
      },
      o_auth_on_token_update: ->(token) { calls << [:update, token.access_token] }
    )
    client = mock_client(client_credentials_auth_credentials: credentials)
    client.items_controller.list_items
    client.items_controller.list_items
    token = client.http_ccg.o_auth_token.access_token
    assert_equal [[:provider, nil], [:update, token]], calls
  end

  it 'raises CONFIGURATION_ERROR when the token provider returns no token' do
    client = mock_client(client_credentials_auth_credentials: TestHelper.client_credentials(o_auth_token_provider: ->(_, _) {}))
    assert_equal 'CONFIGURATION_ERROR', assert_raises(Sdk::ConfigurationException) { client.items_controller.list_items }.code
  end
end
