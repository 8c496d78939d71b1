import uuid
from urllib.parse import parse_qsl, urlparse

from sandbox import browser
from sdk.http.auth.o_auth_2 import AuthorizationCodeAuthCredentials
from sdk.models.o_auth_scope_enum import OAuthScopeEnum
from sdk.sdk_client import SdkClient

client = SdkClient(
    authorization_code_auth_credentials=AuthorizationCodeAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
        o_auth_redirect_uri="https://example.com/oauth/callback",
        o_auth_scopes=[OAuthScopeEnum.READ_SCOPE, OAuthScopeEnum.WRITE_SCOPE],
    )
)

# 1. Sign-in request: a fresh state, kept in the user's session, goes into the authorization URL.
state = str(uuid.uuid4())
auth_url = client.http_acg.get_authorization_url(state=state)

# Demo only: the sandbox plays the user's browser and approves the consent screen.
callback_url = browser.authorize(auth_url)

# 2. Callback request: check the state, then exchange the code (with its state, so the SDK sends
#    the matching PKCE verifier) for a token. Codes are single-use and expire within minutes.
query = dict(parse_qsl(urlparse(callback_url).query))
if query.get("state") != state:
    raise RuntimeError("State mismatch: ignore this callback")
token = client.http_acg.fetch_token(query["code"], state=state)
print(f"Access token: {token.access_token[:8]}…")
print(f"Scopes: {token.scope}")

# Re-initialize the client with the token: its API calls now act for the user.
client = SdkClient(
    config=client.config.clone_with(
        authorization_code_auth_credentials=client.config.authorization_code_auth_credentials.clone_with(
            o_auth_token=token
        )
    )
)
response = client.user_controller.get_profile()
print(f"Signed in as: {response.body.name}")
