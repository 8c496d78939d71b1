import json
from dataclasses import asdict

from sdk.http.auth.o_auth_2 import ResourceOwnerAuthCredentials
from sdk.models.o_auth_token import OAuthToken
from sdk.sdk_client import SdkClient


# Demo only: stands in for your database, returning a token saved as JSON by an earlier run.
def load_token_from_database() -> OAuthToken:
    earlier = SdkClient(
        resource_owner_auth_credentials=ResourceOwnerAuthCredentials(
            o_auth_client_id="OAuthClientId",
            o_auth_client_secret="OAuthClientSecret",
            o_auth_username="OAuthUsername",
            o_auth_password="OAuthPassword",
        )
    )
    saved = json.dumps(asdict(earlier.http_ropcg.fetch_token()))
    return OAuthToken(**json.loads(saved))


# Read the token your app saved earlier (see "Token callbacks").
stored_token = load_token_from_database()

# Give the client the saved token: it sends it until it expires, then refreshes it.
client = SdkClient(
    resource_owner_auth_credentials=ResourceOwnerAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
        o_auth_username="OAuthUsername",
        o_auth_password="OAuthPassword",
        o_auth_token=stored_token,
    )
)
print(f"Stored token: {stored_token.access_token[:8]}…")
print(f"Token expired: {'yes' if client.http_ropcg.is_token_expired() else 'no'}")

response = client.user_controller.get_profile()
print(f"Status: {response.status_code}")
print(f"Profile: {response.body.name} ({response.body.kind})")
