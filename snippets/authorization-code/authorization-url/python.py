from urllib.parse import parse_qs, urlparse

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

# The URL of the authorization server's consent page for this client, redirect URI and scopes.
# The SDK adds a PKCE challenge to it; add a state too to tie the answer to the user's session
# (see "Authorization URL with state").
auth_url = client.http_acg.get_authorization_url()
print(f"Authorization URL: {auth_url}")

# Redirect the user's browser to auth_url. Demo only: the sandbox plays that browser.
callback_url = urlparse(browser.authorize(auth_url))
print(f"Redirected to: {callback_url.scheme}://{callback_url.netloc}{callback_url.path}")
print(f"Code received: {'yes' if 'code' in parse_qs(callback_url.query) else 'no'}")
