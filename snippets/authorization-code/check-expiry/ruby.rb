require 'time'
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
token = client.http_acg.fetch_token(auth_code)
client = Client.new(
  config: client.config.clone_with(
    authorization_code_auth_credentials: client.config.authorization_code_auth_credentials.clone_with(
      o_auth_token: token
    )
  )
)

# Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
puts "Expires at: #{Time.at(token.expiry).utc.iso8601}"
puts "Token expired: #{client.http_acg.token_expired?(token) ? 'yes' : 'no'}"

# ... an hour later:
puts "Token expired: #{client.http_acg.token_expired?(token) ? 'yes' : 'no'}"
