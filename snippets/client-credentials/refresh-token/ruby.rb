require 'sdk'
include Sdk

client = Client.new(
  client_credentials_auth_credentials: ClientCredentialsAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret'
  )
)

token = client.http_ccg.fetch_token
client = Client.new(
  config: client.config.clone_with(
    client_credentials_auth_credentials: client.config.client_credentials_auth_credentials.clone_with(
      o_auth_token: token
    )
  )
)

# ... an hour later, the token has expired.

# The client credentials grant issues no refresh token (RFC 6749, section 4.4.3):
# when the token expires, fetch a new one with the client's credentials
# (refresh_token does the same for this grant).
if client.http_ccg.token_expired?(token)
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
