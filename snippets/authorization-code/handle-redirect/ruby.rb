require 'securerandom'
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

# 1. Sign-in request: a fresh state, kept in the user's session, goes into the authorization URL.
state = SecureRandom.uuid
auth_url = client.http_acg.get_authorization_url(state: state)

# Demo only: the sandbox plays the user's browser; this run denies consent.
callback_url = Sandbox.browser.authorize(auth_url)

# 2. Callback request: the redirect carries the state you sent plus either a code or an error.
#    Check the state first: a mismatch means this user never made the request (RFC 6749, section 10.12).
query = URI.decode_www_form(callback_url.query).to_h
if query['state'] != state
  puts 'State mismatch: ignoring this callback'
elsif query.key?('error')
  puts 'State verified'
  puts "Authorization failed: #{query['error']}"
  puts "Description: #{query['error_description']}"
else
  puts 'State verified'
  puts "Authorization code: #{query['code'][0, 8]}…"
end
