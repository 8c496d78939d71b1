require 'securerandom'
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

# A fresh, unguessable state for each sign-in. Keep it in the user's session: the callback
# must carry the same value, or it answers a request this user never made (RFC 6749, section 10.12).
state = SecureRandom.uuid

# prompt=consent asks the server to show the consent screen even if the user approved before.
auth_url = client.http_acg.get_authorization_url(state: state, additional_params: { prompt: 'consent' })
puts "State: #{state}"
puts "Authorization URL: #{auth_url}"
