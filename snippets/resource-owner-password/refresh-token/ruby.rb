require 'sdk'
require 'sandbox'
include Sdk

client = Client.new(
  resource_owner_auth_credentials: ResourceOwnerAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret',
    o_auth_username: 'OAuthUsername',
    o_auth_password: 'OAuthPassword'
  )
)

first = client.http_ropcg.fetch_token
client = Client.new(
  config: client.config.clone_with(
    resource_owner_auth_credentials: client.config.resource_owner_auth_credentials.clone_with(
      o_auth_token: first
    )
  )
)

# Demo only: move the sandbox clock an hour ahead so the token expires.
Sandbox.clock.advance(3600)

# The password grant issues a refresh token: use it to get a new access token
# without asking the user for their password again (RFC 6749, section 6).
if client.http_ropcg.token_expired?
  puts 'Token expired: refreshing it'
  token = client.http_ropcg.refresh_token
  client = Client.new(
    config: client.config.clone_with(
      resource_owner_auth_credentials: client.config.resource_owner_auth_credentials.clone_with(
        o_auth_token: token
      )
    )
  )
  puts "New access token: #{token.access_token[0, 8]}…"
end
