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

# Demo only: the sandbox plays the user's browser and approves the consent screen.
callback_url = Sandbox.browser.authorize(auth_url)

# 2. Callback request: check the state, then exchange the code (with its state, so the SDK sends
#    the matching PKCE verifier) for a token. Codes are single-use and expire within minutes.
query = URI.decode_www_form(callback_url.query).to_h
raise 'State mismatch: ignore this callback' unless query['state'] == state

token = client.http_acg.fetch_token(query['code'], state: state)
puts "Access token: #{token.access_token[0, 8]}…"
puts "Scopes: #{token.scope}"

# Re-initialize the client with the token: its API calls now act for the user.
client = Client.new(
  config: client.config.clone_with(
    authorization_code_auth_credentials: client.config.authorization_code_auth_credentials.clone_with(
      o_auth_token: token
    )
  )
)
response = client.user_controller.get_profile
puts "Signed in as: #{response.data.name}"
