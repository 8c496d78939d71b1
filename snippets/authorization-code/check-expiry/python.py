from datetime import datetime, timezone

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

# Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
print(f"Expires at: {datetime.fromtimestamp(token.expiry, tz=timezone.utc).isoformat()}")
print(f"Token expired: {'yes' if client.http_acg.is_token_expired() else 'no'}")

# ... an hour later:
print(f"Token expired: {'yes' if client.http_acg.is_token_expired() else 'no'}")
