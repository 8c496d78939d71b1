require 'sdk'
require 'sandbox'
include Sdk

client = Client.new(
  resource_owner_auth_credentials: ResourceOwnerAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret',
    o_auth_username: 'OAuthUsername',
    o_auth_password: 'OAuthPassword'
  )
)

# The client gets a token with the password grant before the first call and sends it in the Authorization header.
response = client.items_controller.list_items
puts "Status: #{response.status_code}"
puts "Items: #{response.data.items.length}"

# Demo only: move the sandbox clock an hour ahead so the token expires.
Sandbox.clock.advance(3600)
puts "Token expired: #{client.http_ropcg.token_expired? ? 'yes' : 'no'}"

# The next call notices and refreshes the token before sending the request.
response = client.items_controller.list_items
puts "Status: #{response.status_code}"
puts "Token expired: #{client.http_ropcg.token_expired? ? 'yes' : 'no'}"
