import base64
import unittest
from unittest import mock

from sdk.exceptions.api_exception import APIException
from sdk.exceptions.invalid_response_exception import InvalidResponseException
from sdk.exceptions.o_auth_provider_exception import OAuthProviderException
from sdk.http.auth.o_auth_2 import ClientCredentialsAuthCredentials
from sdk.sdk_client import SdkClient
from tests.fake_transport import FakeTransport, json_response, token_response

SECRET = "s3cret with spaces:%&+="


def client(secret=SECRET, client_id="docs client:%&+ 1"):
    return SdkClient(
        client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
            o_auth_client_id=client_id, o_auth_client_secret=secret
        ),
        auth_server_url="https://auth.test",
        api_base_url="https://api.test/v1",
    )


class RequestTokenTest(unittest.TestCase):
    def test_authenticates_with_http_basic_of_the_form_encoded_id_and_secret(self):
        with FakeTransport(lambda request: token_response()) as fake:
            client().http_ccg.fetch_token()
        request = fake.requests[0]
        self.assertEqual(request.method, "POST")
        self.assertEqual(request.url, "https://auth.test/oauth2/token")
        scheme, encoded = request.headers["authorization"].split(" ")
        self.assertEqual(scheme, "Basic")
        self.assertEqual(
            base64.b64decode(encoded).decode(),
            "docs+client%3A%25%26%2B+1:s3cret+with+spaces%3A%25%26%2B%3D",
        )
        self.assertEqual(request.headers["content-type"], "application/x-www-form-urlencoded")

    def test_never_puts_the_secret_in_the_url_or_the_body(self):
        with FakeTransport(lambda request: token_response()) as fake:
            client(secret="TopSecretValue").http_ccg.fetch_token()
        self.assertNotIn("TopSecretValue", fake.requests[0].url)
        self.assertNotIn("TopSecretValue", fake.requests[0].body)
        self.assertEqual(fake.token_requests(), [{"grant_type": "client_credentials"}])

    def test_sets_expiry_to_receipt_time_plus_expires_in_minus_thirty_seconds(self):
        with FakeTransport(lambda request: token_response(expires_in=3600)), mock.patch(
            "sdk.utilities.clock.time.time", return_value=1_000_000.7
        ):
            token = client().http_ccg.fetch_token()
        self.assertEqual(token.expires_in, 3600)
        self.assertEqual(token.expiry, 1_000_000 + 3600 - 30)

    def test_takes_half_the_lifetime_off_tokens_shorter_than_a_minute(self):
        with FakeTransport(lambda request: token_response(expires_in=40)), mock.patch(
            "sdk.utilities.clock.time.time", return_value=2_000_000
        ):
            token = client().http_ccg.fetch_token()
        self.assertEqual(token.expiry, 2_000_000 + 40 - 20)

    def test_raises_oauth_provider_exception_with_the_rfc_6749_error_fields(self):
        answer = json_response(
            401,
            {"error": "invalid_client", "error_description": "Bad secret", "error_uri": "https://auth.test/e"},
        )
        with FakeTransport(lambda request: answer):
            with self.assertRaises(OAuthProviderException) as raised:
                client(secret="WrongSecretValue").http_ccg.fetch_token()
        error = raised.exception
        self.assertEqual(error.code, "OAUTH_PROVIDER_ERROR")
        self.assertEqual(error.error, "invalid_client")
        self.assertEqual(error.error_description, "Bad secret")
        self.assertEqual(error.error_uri, "https://auth.test/e")
        self.assertEqual(error.response_code, 401)
        self.assertIsInstance(error, APIException)
        self.assertNotIn("WrongSecretValue", str(error))

    def test_raises_api_exception_for_an_error_status_without_an_oauth_error_body(self):
        with FakeTransport(lambda request: json_response(503, {"message": "down"})):
            with self.assertRaises(APIException) as raised:
                client().http_ccg.fetch_token()
        self.assertEqual(raised.exception.code, "API_ERROR")
        self.assertEqual(raised.exception.response_code, 503)
        self.assertNotIsInstance(raised.exception, OAuthProviderException)

    def test_rejects_a_token_type_other_than_bearer(self):
        answer = json_response(200, {"access_token": "x", "token_type": "mac"})
        with FakeTransport(lambda request: answer):
            with self.assertRaises(InvalidResponseException) as raised:
                client().http_ccg.fetch_token()
        self.assertEqual(raised.exception.code, "INVALID_RESPONSE")


if __name__ == "__main__":
    unittest.main()
