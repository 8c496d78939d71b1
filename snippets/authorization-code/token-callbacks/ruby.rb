require 'sdk'
include Sdk

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
      raise 'The user must sign in again'
    },
    # Called with every new token the client starts using: persist it here.
    o_auth_on_token_update: lambda { |token|
      saved_token = token
      puts "Saved token #{token.access_token[0, 8]}…"
    }
  )
)

# The first token comes from the user's consent: exchanging the code triggers the update callback.
# get_auth_code_from_redirect_uri is your code (see "Handle the redirect").
token = client.http_acg.fetch_token(get_auth_code_from_redirect_uri)
client = Client.new(
  config: client.config.clone_with(
    authorization_code_auth_credentials: client.config.authorization_code_auth_credentials.clone_with(
      o_auth_token: token
    )
  )
)
client.user_controller.get_profile

# ... an hour later, the token has expired:
client.user_controller.get_profile
