from sdk.http.auth.o_auth_2 import ResourceOwnerAuthCredentials
from sdk.sdk_client import SdkClient

# Configure the client once with its own credentials and the user's username and password.
client = SdkClient(
    resource_owner_auth_credentials=ResourceOwnerAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
        o_auth_username="OAuthUsername",
        o_auth_password="OAuthPassword",
    )
)

# No token yet: the first call that needs one makes the client fetch it.
response = client.user_controller.get_profile()
print(f"Status: {response.status_code}")
print(f"Profile: {response.body.name} ({response.body.kind})")
