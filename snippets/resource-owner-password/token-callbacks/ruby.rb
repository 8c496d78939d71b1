require 'sdk'
require 'sandbox'
include Sdk

# Stands in for your database or cache.
saved_token = nil

client = Client.new(
  resource_owner_auth_credentials: ResourceOwnerAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret',
    o_auth_username: 'OAuthUsername',
    o_auth_password: 'OAuthPassword',
    # Called whenever the client has no token or its token has expired.
    o_auth_token_provider: lambda { |last_oauth_token, auth_manager|
      return saved_token if saved_token && !auth_manager.token_expired?(saved_token)

      if last_oauth_token&.refresh_token
        puts 'Token expired: refreshing it'
        return auth_manager.refresh_token
      end
      puts 'No token yet: fetching one'
      auth_manager.fetch_token
    },
    # Called with every new token the client starts using: persist it here.
    o_auth_on_token_update: lambda { |token|
      saved_token = token
      puts "Saved token #{token.access_token[0, 8]}…"
    }
  )
)

client.user_controller.get_profile

# Demo only: move the sandbox clock an hour ahead so the token expires.
Sandbox.clock.advance(3600)
client.user_controller.get_profile
