import os
import subprocess
import sys
import unittest
from unittest import mock

from sdk.exceptions.configuration_exception import ConfigurationException
from sdk.http.auth.o_auth_2 import ClientCredentialsAuthCredentials, ResourceOwnerAuthCredentials
from sdk.models.o_auth_token import OAuthToken
from sdk.sdk_client import SdkClient
from tests.fake_transport import FakeTransport, json_response


def credentials(**options):
    return ResourceOwnerAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
        o_auth_username="OAuthUsername",
        o_auth_password="OAuthPassword",
        **options,
    )


class SdkClientTest(unittest.TestCase):
    def test_names_the_missing_option_of_a_configured_group(self):
        with self.assertRaises(ConfigurationException) as raised:
            SdkClient(
                client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
                    o_auth_client_id="OAuthClientId", o_auth_client_secret=""
                )
            )
        self.assertEqual(raised.exception.code, "CONFIGURATION_ERROR")
        self.assertIn("client_credentials_auth_credentials.o_auth_client_secret", str(raised.exception))

    def test_an_endpoint_call_without_credentials_raises_configuration_error(self):
        with self.assertRaises(ConfigurationException):
            SdkClient().user_controller.get_profile()

    def test_defaults_to_the_example_urls_and_follows_the_environment_variables(self):
        with mock.patch.dict(os.environ, {}, clear=False):
            os.environ.pop("SDK_AUTH_SERVER_URL", None)
            os.environ.pop("SDK_API_BASE_URL", None)
            url = SdkClient(authorization_code_auth_credentials=None).config.resolved_auth_server_url()
            self.assertEqual(url, "https://auth.example.com")
            self.assertEqual(SdkClient().config.resolved_api_base_url(), "https://api.example.com/v1")
            os.environ["SDK_API_BASE_URL"] = "http://127.0.0.1:9/api/v1"
            with FakeTransport(lambda request: json_response(200, {"items": []})) as fake:
                client = SdkClient(resource_owner_auth_credentials=credentials(o_auth_token=OAuthToken(access_token="t")))
                client.items_controller.list_items()
            self.assertEqual(fake.requests[0].url, "http://127.0.0.1:9/api/v1/items")
            self.assertEqual(SdkClient(api_base_url="https://x.test").config.resolved_api_base_url(), "https://x.test")

    def test_clone_with_changes_one_option_and_keeps_the_others(self):
        client = SdkClient(resource_owner_auth_credentials=credentials())
        token = OAuthToken(access_token="t")
        clone = SdkClient(
            config=client.config.clone_with(
                resource_owner_auth_credentials=client.config.resource_owner_auth_credentials.clone_with(
                    o_auth_token=token
                )
            )
        )
        self.assertIs(clone.config.resource_owner_auth_credentials.o_auth_token, token)
        self.assertEqual(clone.config.resource_owner_auth_credentials.o_auth_username, "OAuthUsername")
        self.assertIsNone(client.config.resource_owner_auth_credentials.o_auth_token)
        self.assertFalse(clone.http_ropcg.is_token_expired())

    def test_repr_hides_the_secret_the_password_and_tokens(self):
        client = SdkClient(resource_owner_auth_credentials=credentials(o_auth_token=OAuthToken(access_token="AccessValue", refresh_token="RefreshValue")))
        text = repr(client)
        for secret in ("OAuthClientSecret", "OAuthPassword", "AccessValue", "RefreshValue"):
            self.assertNotIn(secret, text)
        self.assertIn("OAuthUsername", text)

    def test_importing_the_sdk_and_sandbox_loads_no_socket_module(self):
        # Pyodide has no sockets: urllib.request may only be imported when a request is sent.
        code = "import sys, sdk.sdk_client, sandbox; print(sorted(m for m in ('urllib.request', 'http.client', 'socket') if m in sys.modules))"
        output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        self.assertEqual(output.stdout.strip(), "[]")


if __name__ == "__main__":
    unittest.main()
