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

# 1. Sign-in request: the SDK adds PKCE (RFC 7636) to every authorization URL. It keeps a random
#    code verifier for this state and puts only its SHA-256 hash in the URL (code_challenge, S256).
state = SecureRandom.uuid
auth_url = client.http_acg.get_authorization_url(state: state)
puts "Authorization URL: #{auth_url}"

# Demo only: the sandbox plays the user's browser and approves the consent screen.
callback_url = Sandbox.browser.authorize(auth_url)

# 2. Callback request: pass the returned state with the code. The SDK sends the verifier kept for
#    that state, proving the code is redeemed by the client that asked for it. Use the same client
#    instance for both requests: the verifier lives in its memory.
query = URI.decode_www_form(callback_url.query).to_h
raise 'State mismatch: ignore this callback' unless query['state'] == state

token = client.http_acg.fetch_token(query['code'], state: query['state'])
puts "Access token: #{token.access_token[0, 8]}…"
