from typing import Optional
from urllib.parse import parse_qsl, urlparse

from sandbox import browser, clock
from sdk.http.auth.o_auth_2 import AuthorizationCodeAuthCredentials, OAuth2
from sdk.models.o_auth_scope_enum import OAuthScopeEnum
from sdk.models.o_auth_token import OAuthToken
from sdk.sdk_client import SdkClient

# Stands in for your database or cache.
saved_token: Optional[OAuthToken] = None


def o_auth_token_provider(last_oauth_token: Optional[OAuthToken], auth_manager: OAuth2) -> OAuthToken:
    # Called whenever the client has no token or its token has expired.
    if saved_token is not None and not auth_manager.is_token_expired(saved_token):
        return saved_token
    if last_oauth_token is not None and last_oauth_token.refresh_token:
        print("Token expired: refreshing it")
        return auth_manager.refresh_token()
    # Nothing to refresh: only the user can authorize the app again.
    raise RuntimeError("The user must sign in again")


def o_auth_on_token_update(token: OAuthToken) -> None:
    # Called with every new token the client starts using: persist it here.
    global saved_token
    saved_token = token
    print(f"Saved token {token.access_token[:8]}…")


# Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
# code from the redirect. Your app reads it from the request to its redirect URI.
def get_auth_code_from_redirect_uri(client: SdkClient) -> str:
    callback_url = browser.authorize(client.http_acg.get_authorization_url())
    return dict(parse_qsl(urlparse(callback_url).query))["code"]


client = SdkClient(
    authorization_code_auth_credentials=AuthorizationCodeAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
        o_auth_redirect_uri="https://example.com/oauth/callback",
        o_auth_scopes=[OAuthScopeEnum.READ_SCOPE, OAuthScopeEnum.WRITE_SCOPE],
        o_auth_token_provider=o_auth_token_provider,
        o_auth_on_token_update=o_auth_on_token_update,
    )
)

# The first token comes from the user's consent: exchanging the code triggers the update callback.
token = client.http_acg.fetch_token(get_auth_code_from_redirect_uri(client))
client = SdkClient(
    config=client.config.clone_with(
        authorization_code_auth_credentials=client.config.authorization_code_auth_credentials.clone_with(
            o_auth_token=token
        )
    )
)
client.user_controller.get_profile()

# Demo only: move the sandbox clock an hour ahead so the token expires.
clock.advance(3600)
client.user_controller.get_profile()
