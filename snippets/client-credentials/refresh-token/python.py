from sandbox import clock
from sdk.http.auth.o_auth_2 import ClientCredentialsAuthCredentials
from sdk.sdk_client import SdkClient

client = SdkClient(
    client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
    )
)

token = client.http_ccg.fetch_token()
client = SdkClient(
    config=client.config.clone_with(
        client_credentials_auth_credentials=client.config.client_credentials_auth_credentials.clone_with(
            o_auth_token=token
        )
    )
)

# Demo only: move the sandbox clock an hour ahead so the token expires.
clock.advance(3600)

# The client credentials grant issues no refresh token (RFC 6749, section 4.4.3):
# when the token expires, fetch a new one with the client's credentials
# (refresh_token() does the same for this grant).
if client.http_ccg.is_token_expired():
    print("Token expired: fetching a new one")
    token = client.http_ccg.fetch_token()
    client = SdkClient(
        config=client.config.clone_with(
            client_credentials_auth_credentials=client.config.client_credentials_auth_credentials.clone_with(
                o_auth_token=token
            )
        )
    )
    print(f"New access token: {token.access_token[:8]}…")
