from sdk.http.auth.o_auth_2 import ClientCredentialsAuthCredentials
from sdk.sdk_client import SdkClient

# Configure the client once with the credentials the authorization server issued.
client = SdkClient(
    client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
    )
)

# No token yet: the first call that needs one makes the client fetch it.
response = client.user_controller.get_profile()
print(f"Status: {response.status_code}")
print(f"Profile: {response.body.name} ({response.body.kind})")
