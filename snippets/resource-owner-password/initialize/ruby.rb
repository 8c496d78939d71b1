require 'sdk'
include Sdk

# Configure the client once with its own credentials and the user's username and password.
client = Client.new(
  resource_owner_auth_credentials: ResourceOwnerAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret',
    o_auth_username: 'OAuthUsername',
    o_auth_password: 'OAuthPassword'
  )
)

# No token yet: the first call that needs one makes the client fetch it.
response = client.user_controller.get_profile
puts "Status: #{response.status_code}"
puts "Profile: #{response.data.name} (#{response.data.kind})"
