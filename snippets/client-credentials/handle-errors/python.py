from sdk.exceptions.api_exception import APIException
from sdk.exceptions.o_auth_provider_exception import OAuthProviderException
from sdk.http.auth.o_auth_2 import ClientCredentialsAuthCredentials
from sdk.sdk_client import SdkClient

client = SdkClient(
    client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
        o_auth_client_id="OAuthClientId",
        # A secret the server no longer accepts, so the token request fails.
        o_auth_client_secret="revoked-secret",
    )
)

try:
    client.items_controller.list_items()
except OAuthProviderException as ex:
    # The authorization server refused to issue a token (RFC 6749, section 5.2).
    print(f"OAuth error: {ex.error}")
    print(f"Description: {ex.error_description}")
except APIException as ex:
    # The API itself answered with an error status.
    print(f"API error: HTTP {ex.response_code}")
