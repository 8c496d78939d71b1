require 'json'
require 'sdk'
include Sdk

# Demo only: stands in for your database, returning a token saved as JSON by an earlier run.
def load_token_from_database
  earlier = Client.new(
    client_credentials_auth_credentials: ClientCredentialsAuthCredentials.new(
      o_auth_client_id: 'OAuthClientId',
      o_auth_client_secret: 'OAuthClientSecret'
    )
  )
  OAuthToken.from_hash(JSON.parse(earlier.http_ccg.fetch_token.to_json))
end

# Read the token your app saved earlier (see "Token callbacks").
stored_token = load_token_from_database

# Give the client the saved token: it sends it until it expires, then fetches a new one.
client = Client.new(
  client_credentials_auth_credentials: ClientCredentialsAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret',
    o_auth_token: stored_token
  )
)
puts "Stored token: #{stored_token.access_token[0, 8]}…"
puts "Token expired: #{client.http_ccg.token_expired? ? 'yes' : 'no'}"

response = client.items_controller.list_items
puts "Status: #{response.status_code}"
