require 'json'
require 'sdk'
include Sdk

# Demo only: stands in for your database, returning a token saved as JSON by an earlier run.
def load_token_from_database
  earlier = Client.new(
    resource_owner_auth_credentials: ResourceOwnerAuthCredentials.new(
      o_auth_client_id: 'OAuthClientId',
      o_auth_client_secret: 'OAuthClientSecret',
      o_auth_username: 'OAuthUsername',
      o_auth_password: 'OAuthPassword'
    )
  )
  OAuthToken.from_hash(JSON.parse(earlier.http_ropcg.fetch_token.to_json))
end

# Read the token your app saved earlier (see "Token callbacks").
stored_token = load_token_from_database

# Give the client the saved token: it sends it until it expires, then refreshes it.
client = Client.new(
  resource_owner_auth_credentials: ResourceOwnerAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret',
    o_auth_username: 'OAuthUsername',
    o_auth_password: 'OAuthPassword',
    o_auth_token: stored_token
  )
)
puts "Stored token: #{stored_token.access_token[0, 8]}…"
puts "Token expired: #{client.http_ropcg.token_expired? ? 'yes' : 'no'}"

response = client.user_controller.get_profile
puts "Status: #{response.status_code}"
puts "Profile: #{response.data.name} (#{response.data.kind})"
