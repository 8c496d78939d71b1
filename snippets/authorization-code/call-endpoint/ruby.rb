require 'uri'
require 'sdk'
require 'sandbox'
include Sdk

# Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
# code from the redirect. Your app reads it from the request to its redirect URI.
def get_auth_code_from_redirect_uri(client)
  callback_url = Sandbox.browser.authorize(client.http_acg.get_authorization_url)
  URI.decode_www_form(callback_url.query).to_h['code']
end

client = Client.new(
  authorization_code_auth_credentials: AuthorizationCodeAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret',
    o_auth_redirect_uri: 'https://example.com/oauth/callback',
    o_auth_scopes: [OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE]
  )
)

# Until the user authorizes the app, calls fail with AuthorizationRequiredException: exchange the
# code from the redirect first, and give the token to the client.
code = get_auth_code_from_redirect_uri(client)
token = client.http_acg.fetch_token(code)
client = Client.new(
  config: client.config.clone_with(
    authorization_code_auth_credentials: client.config.authorization_code_auth_credentials.clone_with(
      o_auth_token: token
    )
  )
)

# The client sends the token in the Authorization header.
response = client.user_controller.get_profile
puts "Status: #{response.status_code}"
puts "Profile: #{response.data.name} (#{response.data.kind})"

# Demo only: move the sandbox clock an hour ahead so the token expires.
Sandbox.clock.advance(3600)
puts "Token expired: #{client.http_acg.token_expired? ? 'yes' : 'no'}"

# The next call notices and refreshes the token before sending the request.
response = client.user_controller.get_profile
puts "Status: #{response.status_code}"
puts "Token expired: #{client.http_acg.token_expired? ? 'yes' : 'no'}"
