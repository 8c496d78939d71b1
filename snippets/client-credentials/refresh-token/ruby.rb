require 'sdk'
require 'sandbox'
include Sdk

client = Client.new(
  client_credentials_auth_credentials: ClientCredentialsAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret'
  )
)

first = client.http_ccg.fetch_token
client = Client.new(
  config: client.config.clone_with(
    client_credentials_auth_credentials: client.config.client_credentials_auth_credentials.clone_with(
      o_auth_token: first
    )
  )
)

# Demo only: move the sandbox clock an hour ahead so the token expires.
Sandbox.clock.advance(3600)

# The client credentials grant issues no refresh token (RFC 6749, section 4.4.3):
# when the token expires, fetch a new one with the client's credentials
# (refresh_token does the same for this grant).
if client.http_ccg.token_expired?
  puts 'Token expired: fetching a new one'
  token = client.http_ccg.fetch_token
  client = Client.new(
    config: client.config.clone_with(
      client_credentials_auth_credentials: client.config.client_credentials_auth_credentials.clone_with(
        o_auth_token: token
      )
    )
  )
  puts "New access token: #{token.access_token[0, 8]}…"
end
