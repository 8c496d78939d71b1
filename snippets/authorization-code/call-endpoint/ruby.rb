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

# Until the user authorizes the app, calls fail: exchange the code from the redirect first,
# and give the token to the client. get_auth_code_from_redirect_uri is your code (see "Handle the redirect").
token = client.http_acg.fetch_token(get_auth_code_from_redirect_uri)
client = Client.new(
  config: client.config.clone_with(
    authorization_code_auth_credentials: client.config.authorization_code_auth_credentials.clone_with(
      o_auth_token: token
    )
  )
)

# The client sends the token in the Authorization header.
response = client.user_controller.get_profile
puts "Status: #{response.status_code}"
puts "Profile: #{response.data.name} (#{response.data.kind})"

# ... an hour later, the token has expired.
puts "Token expired: #{client.http_acg.token_expired? ? 'yes' : 'no'}"

# The next call notices and refreshes the token before sending the request.
response = client.user_controller.get_profile
puts "Status: #{response.status_code}"
puts "Token expired: #{client.http_acg.token_expired? ? 'yes' : 'no'}"
