require 'sdk'
require 'sandbox'
include Sdk

# Stands in for your database or cache.
saved_token = nil

client = Client.new(
  client_credentials_auth_credentials: ClientCredentialsAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret',
    # Called whenever the client has no token or its token has expired.
    o_auth_token_provider: lambda { |last_oauth_token, auth_manager|
      return saved_token if saved_token && !auth_manager.token_expired?(saved_token)

      puts last_oauth_token.nil? ? 'No token yet: fetching one' : 'Token expired: fetching a new one'
      auth_manager.fetch_token
    },
    # Called with every new token the client starts using: persist it here.
    o_auth_on_token_update: lambda { |token|
      saved_token = token
      puts "Saved token #{token.access_token[0, 8]}…"
    }
  )
)

client.items_controller.list_items

# Demo only: move the sandbox clock an hour ahead so the token expires.
Sandbox.clock.advance(3600)
client.items_controller.list_items
