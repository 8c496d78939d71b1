from sdk.http.auth.o_auth_2 import AuthorizationCodeAuthCredentials
from sdk.models.o_auth_scope_enum import OAuthScopeEnum
from sdk.sdk_client import SdkClient

# Configure the client once: its credentials, the redirect URI registered for it,
# and the scopes to ask the user for.
client = SdkClient(
    authorization_code_auth_credentials=AuthorizationCodeAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
        o_auth_redirect_uri="https://example.com/oauth/callback",
        o_auth_scopes=[OAuthScopeEnum.READ_SCOPE, OAuthScopeEnum.WRITE_SCOPE],
    )
)

# No token yet: the user must authorize the app first. Send them to this URL.
auth_url = client.http_acg.get_authorization_url()
print(f"Authorization URL: {auth_url}")
