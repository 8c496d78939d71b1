require 'uri'
require 'sdk'
require 'sandbox'
include Sdk

client = Client.new(
  authorization_code_auth_credentials: AuthorizationCodeAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret',
    o_auth_redirect_uri: 'https://example.com/oauth/callback',
    o_auth_scopes: [OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE]
  )
)

# The URL of the authorization server's consent page for this client, redirect URI and scopes.
# The SDK adds a PKCE challenge to it; add a state too to tie the answer to the user's session
# (see "Authorization URL with state").
auth_url = client.http_acg.get_authorization_url
puts "Authorization URL: #{auth_url}"

# Redirect the user's browser to auth_url. Demo only: the sandbox plays that browser.
callback_url = Sandbox.browser.authorize(auth_url)
puts "Redirected to: #{callback_url.scheme}://#{callback_url.host}#{callback_url.path}"
puts "Code received: #{URI.decode_www_form(callback_url.query).to_h.key?('code') ? 'yes' : 'no'}"
