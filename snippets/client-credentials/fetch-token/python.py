from sdk.http.auth.o_auth_2 import ClientCredentialsAuthCredentials
from sdk.models.o_auth_token import OAuthToken
from sdk.sdk_client import SdkClient

client = SdkClient(
    client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
    )
)

# Exchange the client's own credentials for an access token.
token: OAuthToken = client.http_ccg.fetch_token()

# Print only the start of the token: the whole value is a bearer credential.
print(f"Access token: {token.access_token[:8]}…")
print(f"Expires in: {token.expires_in} s")
print(f"Scopes: {token.scope}")

# Build a client that sends this token instead of fetching a new one.
client = SdkClient(
    config=client.config.clone_with(
        client_credentials_auth_credentials=client.config.client_credentials_auth_credentials.clone_with(
            o_auth_token=token
        )
    )
)
