import json
from dataclasses import asdict

from sdk.http.auth.o_auth_2 import ClientCredentialsAuthCredentials
from sdk.models.o_auth_token import OAuthToken
from sdk.sdk_client import SdkClient


# Demo only: stands in for your database, returning a token saved as JSON by an earlier run.
def load_token_from_database() -> OAuthToken:
    earlier = SdkClient(
        client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
            o_auth_client_id="OAuthClientId", o_auth_client_secret="OAuthClientSecret"
        )
    )
    saved = json.dumps(asdict(earlier.http_ccg.fetch_token()))
    return OAuthToken(**json.loads(saved))


# Read the token your app saved earlier (see "Token callbacks").
stored_token = load_token_from_database()

# Give the client the saved token: it sends it until it expires, then fetches a new one.
client = SdkClient(
    client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
        o_auth_token=stored_token,
    )
)
print(f"Stored token: {stored_token.access_token[:8]}…")
print(f"Token expired: {'yes' if client.http_ccg.is_token_expired() else 'no'}")

response = client.items_controller.list_items()
print(f"Status: {response.status_code}")
