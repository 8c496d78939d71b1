# frozen_string_literal: true

require 'test_helper'

describe Sdk::Configuration do
  def with_environment(values)
    saved = values.keys.to_h { |name| [name, ENV.fetch(name, nil)] }
    values.each { |name, value| ENV[name] = value }
    yield
  ensure
    saved.each { |name, value| ENV[name] = value }
  end

  it 'raises CONFIGURATION_ERROR naming the option when the client secret is empty' do
    error = assert_raises(Sdk::ConfigurationException) do
      Sdk::ClientCredentialsAuthCredentials.new(o_auth_client_id: 'id', o_auth_client_secret: '')
    end
    assert_equal 'CONFIGURATION_ERROR', error.code
    assert_includes error.message, 'o_auth_client_secret'
  end

  it 'raises CONFIGURATION_ERROR when the password grant has no password' do
    error = assert_raises(Sdk::ConfigurationException) do
      Sdk::ResourceOwnerAuthCredentials.new(o_auth_client_id: 'id', o_auth_client_secret: 's', o_auth_username: 'u')
    end
    assert_equal 'CONFIGURATION_ERROR', error.code
    assert_includes error.message, 'o_auth_password'
  end

  it 'uses SDK_AUTH_SERVER_URL and SDK_API_BASE_URL when set, else the example.com defaults' do
    with_environment('SDK_AUTH_SERVER_URL' => 'http://127.0.0.1:1/auth', 'SDK_API_BASE_URL' => nil) do
      config = Sdk::Configuration.new
      assert_equal 'http://127.0.0.1:1/auth', config.auth_server_url
      assert_equal 'https://api.example.com/v1', config.api_base_url
    end
    with_environment('SDK_AUTH_SERVER_URL' => nil, 'SDK_API_BASE_URL' => nil) do
      assert_equal 'https://auth.example.com', Sdk::Configuration.new.auth_server_url
      assert_equal 'http://x.test', Sdk::Configuration.new(auth_server_url: 'http://x.test').auth_server_url
    end
  end

  it 'keeps every other option when clone_with sets a token' do
    client = Sdk::Client.new(resource_owner_auth_credentials: TestHelper.resource_owner(o_auth_scopes: ['read']))
    token = Sdk::OAuthToken.new(access_token: 'at')
    config = client.config.clone_with(
      resource_owner_auth_credentials: client.config.resource_owner_auth_credentials.clone_with(o_auth_token: token)
    )
    credentials = config.resource_owner_auth_credentials
    assert_equal [TestHelper::USERNAME, TestHelper::PASSWORD, ['read'], token],
                 [credentials.o_auth_username, credentials.o_auth_password, credentials.o_auth_scopes, credentials.o_auth_token]
    assert_equal client.config.auth_server_url, config.auth_server_url
    assert_equal token, Sdk::Client.new(config: config).http_ropcg.o_auth_token
  end

  it 'raises CONFIGURATION_ERROR for an option clone_with does not know' do
    error = assert_raises(Sdk::ConfigurationException) { TestHelper.client_credentials.clone_with(o_auth_tokn: nil) }
    assert_equal 'CONFIGURATION_ERROR', error.code
    assert_includes error.message, 'o_auth_tokn'
  end

  it 'redacts the client secret and the password when a client is inspected' do
    text = Sdk::Client.new(resource_owner_auth_credentials: TestHelper.resource_owner).inspect
    refute_includes text, TestHelper::CLIENT_SECRET
    refute_includes text, TestHelper::PASSWORD
    assert_includes text, TestHelper::USERNAME
  end

  it 'raises CONFIGURATION_ERROR naming the option when an auth manager is not configured' do
    error = assert_raises(Sdk::ConfigurationException) do
      Sdk::Client.new(client_credentials_auth_credentials: TestHelper.client_credentials).http_acg
    end
    assert_equal 'CONFIGURATION_ERROR', error.code
    assert_includes error.message, 'authorization_code_auth_credentials'
  end
end
