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

# Stands in for your database or cache.
saved_token = nil

client = Client.new(
  authorization_code_auth_credentials: AuthorizationCodeAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret',
    o_auth_redirect_uri: 'https://example.com/oauth/callback',
    o_auth_scopes: [OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE],
    # Called whenever the client has no token or its token has expired.
    o_auth_token_provider: lambda { |last_oauth_token, auth_manager|
      return saved_token if saved_token && !auth_manager.token_expired?(saved_token)

      if last_oauth_token&.refresh_token
        puts 'Token expired: refreshing it'
        return auth_manager.refresh_token
      end
      # Nothing to refresh: only the user can authorize the app again.
      raise AuthorizationRequiredException, 'The user must sign in again'
    },
    # Called with every new token the client starts using: persist it here.
    o_auth_on_token_update: lambda { |token|
      saved_token = token
      puts "Saved token #{token.access_token[0, 8]}…"
    }
  )
)

# The first token comes from the user's consent: exchanging the code triggers the update callback.
token = client.http_acg.fetch_token(get_auth_code_from_redirect_uri(client))
client = Client.new(
  config: client.config.clone_with(
    authorization_code_auth_credentials: client.config.authorization_code_auth_credentials.clone_with(
      o_auth_token: token
    )
  )
)
client.user_controller.get_profile

# Demo only: move the sandbox clock an hour ahead so the token expires.
Sandbox.clock.advance(3600)
client.user_controller.get_profile
