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

# The URL of the authorization server's consent page for this client, redirect URI and scopes.
# The SDK adds a PKCE challenge to it; add a state too to tie the answer to the user's session
# (see "Authorization URL with state").
auth_url = client.http_acg.get_authorization_url
puts "Authorization URL: #{auth_url}"

# Redirect the user's browser to auth_url: after consent, the server sends the user back to
# https://example.com/oauth/callback with a code (see "Handle the redirect").
