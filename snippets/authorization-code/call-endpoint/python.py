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

# Until the user authorizes the app, calls fail with AuthorizationRequiredException: exchange the
# code from the redirect first, and give the token to the client.
code = get_auth_code_from_redirect_uri(client)
token = client.http_acg.fetch_token(code)
client = SdkClient(
    config=client.config.clone_with(
        authorization_code_auth_credentials=client.config.authorization_code_auth_credentials.clone_with(
            o_auth_token=token
        )
    )
)

# The client sends the token in the Authorization header.
response = client.user_controller.get_profile()
print(f"Status: {response.status_code}")
print(f"Profile: {response.body.name} ({response.body.kind})")

# Demo only: move the sandbox clock an hour ahead so the token expires.
clock.advance(3600)
print(f"Token expired: {'yes' if client.http_acg.is_token_expired() else 'no'}")

# The next call notices and refreshes the token before sending the request.
response = client.user_controller.get_profile()
print(f"Status: {response.status_code}")
print(f"Token expired: {'yes' if client.http_acg.is_token_expired() else 'no'}")
