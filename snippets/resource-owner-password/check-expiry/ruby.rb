require 'time'
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

token = client.http_ropcg.fetch_token
client = Client.new(
  config: client.config.clone_with(
    resource_owner_auth_credentials: client.config.resource_owner_auth_credentials.clone_with(
      o_auth_token: token
    )
  )
)

# Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
puts "Expires at: #{Time.at(token.expiry).utc.iso8601}"
puts "Token expired: #{client.http_ropcg.token_expired? ? 'yes' : 'no'}"

# Demo only: move the sandbox clock an hour ahead.
Sandbox.clock.advance(3600)
puts "Token expired: #{client.http_ropcg.token_expired? ? 'yes' : 'no'}"
