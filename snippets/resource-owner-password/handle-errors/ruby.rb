require 'sdk'
include Sdk

client = Client.new(
  resource_owner_auth_credentials: ResourceOwnerAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret',
    o_auth_username: 'OAuthUsername',
    # A password the server rejects, so the token request fails.
    o_auth_password: 'wrong-password'
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
