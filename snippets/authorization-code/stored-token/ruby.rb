require 'json'
require 'uri'
require 'sdk'
require 'sandbox'
include Sdk

# Demo only: stands in for your database, returning a token saved as JSON by an earlier run
# (in which the sandbox played the user's browser and approved the consent screen).
def load_token_from_database
  earlier = Client.new(
    authorization_code_auth_credentials: AuthorizationCodeAuthCredentials.new(
      o_auth_client_id: 'OAuthClientId',
      o_auth_client_secret: 'OAuthClientSecret',
      o_auth_redirect_uri: 'https://example.com/oauth/callback',
      o_auth_scopes: [OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE]
    )
  )
  callback_url = Sandbox.browser.authorize(earlier.http_acg.get_authorization_url)
  token = earlier.http_acg.fetch_token(URI.decode_www_form(callback_url.query).to_h['code'])
  OAuthToken.from_hash(JSON.parse(token.to_json))
end

# Read the token your app saved earlier (see "Token callbacks").
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
puts "Token expired: #{client.http_acg.token_expired? ? 'yes' : 'no'}"

response = client.user_controller.get_profile
puts "Status: #{response.status_code}"
puts "Profile: #{response.data.name} (#{response.data.kind})"
