from datetime import datetime, timezone

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

token = client.http_ropcg.fetch_token()
client = SdkClient(
    config=client.config.clone_with(
        resource_owner_auth_credentials=client.config.resource_owner_auth_credentials.clone_with(
            o_auth_token=token
        )
    )
)

# Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
print(f"Expires at: {datetime.fromtimestamp(token.expiry, tz=timezone.utc).isoformat()}")
print(f"Token expired: {'yes' if client.http_ropcg.is_token_expired() else 'no'}")

# Demo only: move the sandbox clock an hour ahead.
clock.advance(3600)
print(f"Token expired: {'yes' if client.http_ropcg.is_token_expired() else 'no'}")
