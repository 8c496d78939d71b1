require 'sdk'
include Sdk

client = Client.new(
  client_credentials_auth_credentials: ClientCredentialsAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret'
  )
)

# Exchange the client's own credentials for an access token.
token = client.http_ccg.fetch_token

# Print only the start of the token: the whole value is a bearer credential.
puts "Access token: #{token.access_token[0, 8]}…"
puts "Expires in: #{token.expires_in} s"
puts "Scopes: #{token.scope}"

# Build a client that sends this token instead of fetching a new one.
client = Client.new(
  config: client.config.clone_with(
    client_credentials_auth_credentials: client.config.client_credentials_auth_credentials.clone_with(
      o_auth_token: token
    )
  )
)
