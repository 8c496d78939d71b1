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

# Your code: the code from the request to your redirect URI (see "Handle the redirect").
auth_code = get_auth_code_from_redirect_uri()
token = client.http_acg.fetch_token(auth_code)
client = SdkClient(
    config=client.config.clone_with(
        authorization_code_auth_credentials=client.config.authorization_code_auth_credentials.clone_with(
            o_auth_token=token
        )
    )
)

# ... an hour later, the token has expired.

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
