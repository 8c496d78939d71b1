from urllib.parse import parse_qsl, urlparse

from sandbox import browser, clock
from sdk.http.auth.o_auth_2 import AuthorizationCodeAuthCredentials
from sdk.models.o_auth_scope_enum import OAuthScopeEnum
from sdk.sdk_client import SdkClient


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
    )
)

# The code from the request to your redirect URI (here a demo helper, above).
code = get_auth_code_from_redirect_uri(client)
token = client.http_acg.fetch_token(code)
client = SdkClient(
    config=client.config.clone_with(
        authorization_code_auth_credentials=client.config.authorization_code_auth_credentials.clone_with(
            o_auth_token=token
        )
    )
)

# Demo only: move the sandbox clock an hour ahead so the token expires.
clock.advance(3600)

# The authorization code grant issues a refresh token: use it to get a new access token
# without sending the user through the consent screen again (RFC 6749, section 6).
if client.http_acg.is_token_expired():
    print("Token expired: refreshing it")
    token = client.http_acg.refresh_token()
    client = SdkClient(
        config=client.config.clone_with(
            authorization_code_auth_credentials=client.config.authorization_code_auth_credentials.clone_with(
                o_auth_token=token
            )
        )
    )
    print(f"New access token: {token.access_token[:8]}…")
