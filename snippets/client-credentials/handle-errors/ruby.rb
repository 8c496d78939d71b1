require 'sdk'
include Sdk

client = Client.new(
  client_credentials_auth_credentials: ClientCredentialsAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    # A secret the server no longer accepts, so the token request fails.
    o_auth_client_secret: 'revoked-secret'
  )
)

begin
  client.items_controller.list_items
rescue OAuthProviderException => e
  # The authorization server refused to issue a token (RFC 6749, section 5.2).
  puts "OAuth error: #{e.error}"
  puts "Description: #{e.error_description}"
rescue APIException => e
  # The API itself answered with an error status.
  puts "API error: HTTP #{e.response_code}"
end
