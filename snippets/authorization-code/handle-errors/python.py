from urllib.parse import parse_qsl, urlparse

from sandbox import browser
from sdk.exceptions.api_exception import APIException
from sdk.exceptions.o_auth_provider_exception import OAuthProviderException
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
client.http_acg.fetch_token(code)

try:
    # The same code a second time, as when the user reloads the callback page. Codes work once:
    # the server refuses it and revokes the tokens issued with it (RFC 6749, section 4.1.2).
    client.http_acg.fetch_token(code)
except OAuthProviderException as ex:
    # The authorization server refused to issue a token (RFC 6749, section 5.2).
    print(f"OAuth error: {ex.error}")
    print(f"Description: {ex.error_description}")
except APIException as ex:
    # The API itself answered with an error status.
    print(f"API error: HTTP {ex.response_code}")
