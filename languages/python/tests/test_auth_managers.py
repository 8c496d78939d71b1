import base64
import hashlib
import threading
import time
import unittest
from urllib.parse import parse_qsl, urlparse

from sdk.exceptions.authorization_required_exception import AuthorizationRequiredException
from sdk.exceptions.configuration_exception import ConfigurationException
from sdk.exceptions.state_mismatch_exception import StateMismatchException
from sdk.http.auth.o_auth_2 import (
    AuthorizationCodeAuthCredentials,
    ClientCredentialsAuthCredentials,
    ResourceOwnerAuthCredentials,
)
from sdk.models.o_auth_scope_enum import OAuthScopeEnum
from sdk.models.o_auth_token import OAuthToken
from sdk.sdk_client import SdkClient
from sdk.utilities import clock
from tests.fake_transport import FakeTransport, json_response, token_response

URLS = {"auth_server_url": "https://auth.test", "api_base_url": "https://api.test/v1"}
PROFILE = {"id": "u1", "kind": "user", "name": "Demo User", "scopes": ["read"]}


def acg_client(**options):
    return SdkClient(
        authorization_code_auth_credentials=AuthorizationCodeAuthCredentials(
            o_auth_client_id="OAuthClientId",
            o_auth_client_secret="OAuthClientSecret",
            o_auth_redirect_uri="https://example.com/oauth/callback",
            o_auth_scopes=[OAuthScopeEnum.READ_SCOPE, OAuthScopeEnum.WRITE_SCOPE],
            **options,
        ),
        **URLS,
    )


def ropcg_client(**options):
    return SdkClient(
        resource_owner_auth_credentials=ResourceOwnerAuthCredentials(
            o_auth_client_id="OAuthClientId",
            o_auth_client_secret="OAuthClientSecret",
            o_auth_username="OAuthUsername",
            o_auth_password="OAuthPassword",
            **options,
        ),
        **URLS,
    )


def expired_token(refresh_token=None):
    return OAuthToken(access_token="old", expires_in=3600, expiry=int(time.time()) - 1, refresh_token=refresh_token)


def query_of(url):
    return dict(parse_qsl(urlparse(url).query))


class AuthorizationCodeTest(unittest.TestCase):
    def test_builds_an_authorization_url_with_an_s256_challenge_and_never_the_secret(self):
        url = acg_client().http_acg.get_authorization_url(state="xyz", additional_params={"prompt": "consent"})
        self.assertTrue(url.startswith("https://auth.test/oauth2/authorize?response_type=code&client_id=OAuthClientId&"))
        query = query_of(url)
        self.assertEqual(query["scope"], "read write")
        self.assertEqual(query["state"], "xyz")
        self.assertEqual(query["code_challenge_method"], "S256")
        self.assertEqual(len(query["code_challenge"]), 43)
        self.assertEqual(query["prompt"], "consent")
        self.assertNotIn("OAuthClientSecret", url)

    def test_sends_the_verifier_remembered_for_the_callbacks_state(self):
        client = acg_client()
        first = query_of(client.http_acg.get_authorization_url(state="a"))
        client.http_acg.get_authorization_url(state="b")
        with FakeTransport(lambda request: token_response(refresh_token="rt")) as fake:
            client.http_acg.fetch_token("code-a", state="a")
        verifier = fake.token_requests()[0]["code_verifier"]
        digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        self.assertEqual(digest, first["code_challenge"])

    def test_rejects_a_state_it_never_issued_without_sending_anything(self):
        client = acg_client()
        client.http_acg.get_authorization_url(state="issued")
        with FakeTransport(lambda request: token_response()) as fake:
            with self.assertRaises(StateMismatchException) as raised:
                client.http_acg.fetch_token("code", state="forged")
        self.assertEqual(raised.exception.code, "STATE_MISMATCH")
        self.assertEqual(fake.requests, [])

    def test_refuses_additional_params_that_override_what_the_sdk_sets(self):
        with self.assertRaises(ConfigurationException) as raised:
            acg_client().http_acg.get_authorization_url(additional_params={"redirect_uri": "https://evil.test"})
        self.assertEqual(raised.exception.code, "CONFIGURATION_ERROR")

    def test_an_endpoint_call_without_a_token_raises_authorization_required_before_any_request(self):
        with FakeTransport(lambda request: json_response(200, PROFILE)) as fake:
            with self.assertRaises(AuthorizationRequiredException) as raised:
                acg_client().user_controller.get_profile()
        self.assertEqual(raised.exception.code, "AUTHORIZATION_REQUIRED")
        self.assertEqual(fake.requests, [])


class RenewalTest(unittest.TestCase):
    def test_an_expired_token_is_refreshed_before_the_call(self):
        def handler(request):
            if request.url.endswith("/oauth2/token"):
                return token_response(access_token="new", refresh_token="rt-2")
            return json_response(200, PROFILE)

        with FakeTransport(handler) as fake:
            response = ropcg_client(o_auth_token=expired_token("rt-1")).user_controller.get_profile()
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.body.kind, "user")
        self.assertEqual(fake.token_requests(), [{"grant_type": "refresh_token", "refresh_token": "rt-1"}])
        self.assertEqual(fake.requests[-1].headers["authorization"], "Bearer new")

    def test_a_rejected_refresh_token_falls_back_to_a_new_password_grant(self):
        def handler(request):
            if request.url.endswith("/oauth2/token"):
                if "grant_type=refresh_token" in request.body:
                    return json_response(400, {"error": "invalid_grant"})
                return token_response(access_token="fresh", refresh_token="rt-9")
            return json_response(200, PROFILE)

        with FakeTransport(handler) as fake:
            ropcg_client(o_auth_token=expired_token("revoked")).user_controller.get_profile()
        grants = [body["grant_type"] for body in fake.token_requests()]
        self.assertEqual(grants, ["refresh_token", "password"])

    def test_a_401_from_the_api_renews_the_token_and_retries_once(self):
        answers = iter([json_response(401, {}, {"www-authenticate": 'Bearer error="invalid_token"'}), json_response(200, PROFILE)])

        def handler(request):
            if request.url.endswith("/oauth2/token"):
                return token_response(access_token=f"t{len(fake.token_requests())}")
            return next(answers)

        client = SdkClient(
            client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
                o_auth_client_id="OAuthClientId", o_auth_client_secret="OAuthClientSecret"
            ),
            **URLS,
        )
        with FakeTransport(handler) as fake:
            response = client.user_controller.get_profile()
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(fake.token_requests()), 2)

    def test_concurrent_calls_without_a_token_send_one_token_request(self):
        def handler(request):
            if request.url.endswith("/oauth2/token"):
                time.sleep(0.2)
                return token_response()
            return json_response(200, {"items": []})

        client = SdkClient(
            client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
                o_auth_client_id="OAuthClientId", o_auth_client_secret="OAuthClientSecret"
            ),
            **URLS,
        )
        with FakeTransport(handler) as fake:
            threads = [threading.Thread(target=client.items_controller.list_items) for _ in range(10)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        self.assertEqual(len(fake.token_requests()), 1)
        self.assertEqual(len(fake.requests), 11)

    def test_the_token_provider_replaces_renewal_and_every_new_token_is_reported(self):
        seen = []
        updates = []

        def provider(last_token, auth_manager):
            seen.append(last_token)
            return auth_manager.fetch_token()

        def handler(request):
            if request.url.endswith("/oauth2/token"):
                return token_response(access_token="from-provider")
            return json_response(200, PROFILE)

        client = ropcg_client(o_auth_token_provider=provider, o_auth_on_token_update=updates.append)
        with FakeTransport(handler):
            client.user_controller.get_profile()
            client.user_controller.get_profile()
        self.assertEqual(seen, [None])
        self.assertEqual([token.access_token for token in updates], ["from-provider"])

    def test_moving_the_sdk_clock_expires_the_token(self):
        token = OAuthToken(access_token="t", expires_in=3600, expiry=int(clock.now()) + 3570)
        manager = ropcg_client(o_auth_token=token).http_ropcg
        self.assertFalse(manager.is_token_expired())
        clock.shift(3600)
        try:
            self.assertTrue(manager.is_token_expired())
        finally:
            clock.shift(-3600)


if __name__ == "__main__":
    unittest.main()
