from sdk.exceptions.api_exception import APIException
from sdk.exceptions.o_auth_provider_exception import OAuthProviderException
from sdk.http.auth.o_auth_2 import ResourceOwnerAuthCredentials
from sdk.sdk_client import SdkClient

client = SdkClient(
    resource_owner_auth_credentials=ResourceOwnerAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
        o_auth_username="OAuthUsername",
        # A password the server rejects, so the token request fails.
        o_auth_password="wrong-password",
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
