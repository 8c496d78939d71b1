import json
from dataclasses import asdict
from urllib.parse import parse_qsl, urlparse

from sandbox import browser
from sdk.http.auth.o_auth_2 import AuthorizationCodeAuthCredentials
from sdk.models.o_auth_scope_enum import OAuthScopeEnum
from sdk.models.o_auth_token import OAuthToken
from sdk.sdk_client import SdkClient


# Demo only: stands in for your database, returning a token saved as JSON by an earlier run
# (in which the sandbox played the user's browser and approved the consent screen).
def load_token_from_database() -> OAuthToken:
    earlier = SdkClient(
        authorization_code_auth_credentials=AuthorizationCodeAuthCredentials(
            o_auth_client_id="OAuthClientId",
            o_auth_client_secret="OAuthClientSecret",
            o_auth_redirect_uri="https://example.com/oauth/callback",
            o_auth_scopes=[OAuthScopeEnum.READ_SCOPE, OAuthScopeEnum.WRITE_SCOPE],
        )
    )
    callback_url = browser.authorize(earlier.http_acg.get_authorization_url())
    token = earlier.http_acg.fetch_token(dict(parse_qsl(urlparse(callback_url).query))["code"])
    return OAuthToken(**json.loads(json.dumps(asdict(token))))


# Read the token your app saved earlier (see "Token callbacks").
stored_token = load_token_from_database()

# Give the client the saved token: the user need not authorize the app again at every startup.
# The client sends the token until it expires, then refreshes it.
client = SdkClient(
    authorization_code_auth_credentials=AuthorizationCodeAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
        o_auth_redirect_uri="https://example.com/oauth/callback",
        o_auth_scopes=[OAuthScopeEnum.READ_SCOPE, OAuthScopeEnum.WRITE_SCOPE],
        o_auth_token=stored_token,
    )
)
print(f"Stored token: {stored_token.access_token[:8]}…")
print(f"Token expired: {'yes' if client.http_acg.is_token_expired() else 'no'}")

response = client.user_controller.get_profile()
print(f"Status: {response.status_code}")
print(f"Profile: {response.body.name} ({response.body.kind})")
