from sandbox import clock
from sdk.http.auth.o_auth_2 import ResourceOwnerAuthCredentials
from sdk.sdk_client import SdkClient

client = SdkClient(
    resource_owner_auth_credentials=ResourceOwnerAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
        o_auth_username="OAuthUsername",
        o_auth_password="OAuthPassword",
    )
)

token = client.http_ropcg.fetch_token()
client = SdkClient(
    config=client.config.clone_with(
        resource_owner_auth_credentials=client.config.resource_owner_auth_credentials.clone_with(
            o_auth_token=token
        )
    )
)

# Demo only: move the sandbox clock an hour ahead so the token expires.
clock.advance(3600)

# The password grant issues a refresh token: use it to get a new access token
# without asking the user for their password again (RFC 6749, section 6).
if client.http_ropcg.is_token_expired():
    print("Token expired: refreshing it")
    token = client.http_ropcg.refresh_token()
    client = SdkClient(
        config=client.config.clone_with(
            resource_owner_auth_credentials=client.config.resource_owner_auth_credentials.clone_with(
                o_auth_token=token
            )
        )
    )
    print(f"New access token: {token.access_token[:8]}…")
