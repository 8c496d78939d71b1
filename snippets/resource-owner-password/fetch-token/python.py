from sdk.http.auth.o_auth_2 import ResourceOwnerAuthCredentials
from sdk.models.o_auth_token import OAuthToken
from sdk.sdk_client import SdkClient

client = SdkClient(
    resource_owner_auth_credentials=ResourceOwnerAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
        o_auth_username="OAuthUsername",
        o_auth_password="OAuthPassword",
    )
)

# Exchange the user's username and password for an access token (and a refresh token).
token: OAuthToken = client.http_ropcg.fetch_token()

# Print only the start of the token: the whole value is a bearer credential.
print(f"Access token: {token.access_token[:8]}…")
print(f"Expires in: {token.expires_in} s")
print(f"Scopes: {token.scope}")
print(f"Refresh token: {'received' if token.refresh_token else 'none'}")

# Build a client that sends this token instead of fetching a new one.
client = SdkClient(
    config=client.config.clone_with(
        resource_owner_auth_credentials=client.config.resource_owner_auth_credentials.clone_with(
            o_auth_token=token
        )
    )
)
