require 'time'
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

# The code from the request to your redirect URI (here a demo helper, above).
code = get_auth_code_from_redirect_uri(client)
token = client.http_acg.fetch_token(code)
client = Client.new(
  config: client.config.clone_with(
    authorization_code_auth_credentials: client.config.authorization_code_auth_credentials.clone_with(
      o_auth_token: token
    )
  )
)

# Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
puts "Expires at: #{Time.at(token.expiry).utc.iso8601}"
puts "Token expired: #{client.http_acg.token_expired? ? 'yes' : 'no'}"

# Demo only: move the sandbox clock an hour ahead.
Sandbox.clock.advance(3600)
puts "Token expired: #{client.http_acg.token_expired? ? 'yes' : 'no'}"
