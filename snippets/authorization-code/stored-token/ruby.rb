require 'sdk'
include Sdk

# Your code: read the token your app saved earlier (see "Token callbacks").
stored_token = load_token_from_database

# Give the client the saved token: the user need not authorize the app again at every startup.
# The client sends the token until it expires, then refreshes it.
client = Client.new(
  authorization_code_auth_credentials: AuthorizationCodeAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret',
    o_auth_redirect_uri: 'https://example.com/oauth/callback',
    o_auth_scopes: [OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE],
    o_auth_token: stored_token
  )
)
puts "Stored token: #{stored_token.access_token[0, 8]}…"
puts "Token expired: #{client.http_acg.token_expired?(stored_token) ? 'yes' : 'no'}"

response = client.user_controller.get_profile
puts "Status: #{response.status_code}"
puts "Profile: #{response.data.name} (#{response.data.kind})"
