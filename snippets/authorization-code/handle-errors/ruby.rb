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
client.http_acg.fetch_token(code)

begin
  # The same code a second time, as when the user reloads the callback page. Codes work once:
  # the server refuses it and revokes the tokens issued with it (RFC 6749, section 4.1.2).
  client.http_acg.fetch_token(code)
rescue OAuthProviderException => e
  # The authorization server refused to issue a token (RFC 6749, section 5.2).
  puts "OAuth error: #{e.error}"
  puts "Description: #{e.error_description}"
rescue APIException => e
  # The API itself answered with an error status.
  puts "API error: HTTP #{e.response_code}"
end
