from typing import Optional

from sandbox import clock
from sdk.http.auth.o_auth_2 import ClientCredentialsAuthCredentials, OAuth2
from sdk.models.o_auth_token import OAuthToken
from sdk.sdk_client import SdkClient

# Stands in for your database or cache.
saved_token: Optional[OAuthToken] = None


def o_auth_token_provider(last_oauth_token: Optional[OAuthToken], auth_manager: OAuth2) -> OAuthToken:
    # Called whenever the client has no token or its token has expired.
    if saved_token is not None and not auth_manager.is_token_expired(saved_token):
        return saved_token
    print("No token yet: fetching one" if last_oauth_token is None else "Token expired: fetching a new one")
    return auth_manager.fetch_token()


def o_auth_on_token_update(token: OAuthToken) -> None:
    # Called with every new token the client starts using: persist it here.
    global saved_token
    saved_token = token
    print(f"Saved token {token.access_token[:8]}…")


client = SdkClient(
    client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
        o_auth_token_provider=o_auth_token_provider,
        o_auth_on_token_update=o_auth_on_token_update,
    )
)

client.items_controller.list_items()

# Demo only: move the sandbox clock an hour ahead so the token expires.
clock.advance(3600)
client.items_controller.list_items()
