from sandbox import clock
from sdk.http.auth.o_auth_2 import ResourceOwnerAuthCredentials
from sdk.sdk_client import SdkClient

client = SdkClient(
    resource_owner_auth_credentials=ResourceOwnerAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
        o_auth_username="OAuthUsername",
        o_auth_password="OAuthPassword",
    )
)

# The client gets a token with the password grant before the first call and sends it in the Authorization header.
response = client.items_controller.list_items()
print(f"Status: {response.status_code}")
print(f"Items: {len(response.body.items)}")

# Demo only: move the sandbox clock an hour ahead so the token expires.
clock.advance(3600)
print(f"Token expired: {'yes' if client.http_ropcg.is_token_expired() else 'no'}")

# The next call notices and refreshes the token before sending the request.
response = client.items_controller.list_items()
print(f"Status: {response.status_code}")
print(f"Token expired: {'yes' if client.http_ropcg.is_token_expired() else 'no'}")
