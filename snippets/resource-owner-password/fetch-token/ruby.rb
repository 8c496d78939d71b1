require 'sdk'
include Sdk

client = Client.new(
  resource_owner_auth_credentials: ResourceOwnerAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret',
    o_auth_username: 'OAuthUsername',
    o_auth_password: 'OAuthPassword'
  )
)

# Exchange the user's username and password for an access token (and a refresh token).
token = client.http_ropcg.fetch_token

# Print only the start of the token: the whole value is a bearer credential.
puts "Access token: #{token.access_token[0, 8]}…"
puts "Expires in: #{token.expires_in} s"
puts "Scopes: #{token.scope}"
puts "Refresh token: #{token.refresh_token ? 'received' : 'none'}"

# Build a client that sends this token instead of fetching a new one.
client = Client.new(
  config: client.config.clone_with(
    resource_owner_auth_credentials: client.config.resource_owner_auth_credentials.clone_with(
      o_auth_token: token
    )
  )
)
