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

# Until the user authorizes the app, calls fail: exchange the code from the redirect first,
# and give the token to the client. get_auth_code_from_redirect_uri is your code (see "Handle the redirect").
token = client.http_acg.fetch_token(get_auth_code_from_redirect_uri())
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

# ... an hour later, the token has expired.
print(f"Token expired: {'yes' if client.http_acg.is_token_expired() else 'no'}")

# The next call notices and refreshes the token before sending the request.
response = client.user_controller.get_profile()
print(f"Status: {response.status_code}")
print(f"Token expired: {'yes' if client.http_acg.is_token_expired() else 'no'}")
