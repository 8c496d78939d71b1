require 'sdk'
include Sdk

client = Client.new(
  authorization_code_auth_credentials: AuthorizationCodeAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret',
    o_auth_redirect_uri: 'https://example.com/oauth/callback',
    o_auth_scopes: [OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE]
  )
)

# Your code: the code from the request to your redirect URI (see "Handle the redirect").
auth_code = get_auth_code_from_redirect_uri

# Exchange the authorization code for an access token (and a refresh token).
token = client.http_acg.fetch_token(auth_code)

# Print only the start of the token: the whole value is a bearer credential.
puts "Access token: #{token.access_token[0, 8]}…"
puts "Expires in: #{token.expires_in} s"
puts "Scopes: #{token.scope}"
puts "Refresh token: #{token.refresh_token ? 'received' : 'none'}"

# Build a client that sends this token on its API calls.
client = Client.new(
  config: client.config.clone_with(
    authorization_code_auth_credentials: client.config.authorization_code_auth_credentials.clone_with(
      o_auth_token: token
    )
  )
)
