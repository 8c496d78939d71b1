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

# Demo only: the sandbox plays the user's browser; this run denies consent.
callback_url = browser.authorize(auth_url)

# 2. Callback request: the redirect carries the state you sent plus either a code or an error.
#    Check the state first: a mismatch means this user never made the request (RFC 6749, section 10.12).
query = dict(parse_qsl(urlparse(callback_url).query))
if query.get("state") != state:
    print("State mismatch: ignoring this callback")
elif "error" in query:
    print("State verified")
    print(f"Authorization failed: {query['error']}")
    print(f"Description: {query.get('error_description')}")
else:
    print("State verified")
    print(f"Authorization code: {query['code'][:8]}…")
