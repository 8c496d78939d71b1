require 'sdk'
include Sdk

# Your code: read the token your app saved earlier (see "Token callbacks").
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
puts "Token expired: #{client.http_ccg.token_expired?(stored_token) ? 'yes' : 'no'}"

response = client.items_controller.list_items
puts "Status: #{response.status_code}"
