from datetime import datetime, timezone
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

# Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
print(f"Expires at: {datetime.fromtimestamp(token.expiry, tz=timezone.utc).isoformat()}")
print(f"Token expired: {'yes' if client.http_acg.is_token_expired() else 'no'}")

# Demo only: move the sandbox clock an hour ahead.
clock.advance(3600)
print(f"Token expired: {'yes' if client.http_acg.is_token_expired() else 'no'}")
