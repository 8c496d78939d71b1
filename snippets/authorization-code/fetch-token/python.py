from urllib.parse import parse_qsl, urlparse

from sandbox import browser
from sdk.http.auth.o_auth_2 import AuthorizationCodeAuthCredentials
from sdk.models.o_auth_scope_enum import OAuthScopeEnum
from sdk.models.o_auth_token import OAuthToken
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

# Exchange the authorization code for an access token (and a refresh token).
token: OAuthToken = client.http_acg.fetch_token(code)

# Print only the start of the token: the whole value is a bearer credential.
print(f"Access token: {token.access_token[:8]}…")
print(f"Expires in: {token.expires_in} s")
print(f"Scopes: {token.scope}")
print(f"Refresh token: {'received' if token.refresh_token else 'none'}")

# Build a client that sends this token on its API calls.
client = SdkClient(
    config=client.config.clone_with(
        authorization_code_auth_credentials=client.config.authorization_code_auth_credentials.clone_with(
            o_auth_token=token
        )
    )
)
