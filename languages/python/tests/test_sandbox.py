import os
import unittest
from unittest import mock
from urllib.parse import parse_qsl, urlparse

from sandbox import SandboxError, browser, clock
from sandbox.consent_page import parse_consent_form, parse_error_page
from sdk.exceptions.o_auth_provider_exception import OAuthProviderException
from sdk.http.auth.o_auth_2 import (
    AuthorizationCodeAuthCredentials,
    ClientCredentialsAuthCredentials,
    ResourceOwnerAuthCredentials,
)
from sdk.http.transport import HttpRequest, HttpResponse, send
from sdk.models.o_auth_scope_enum import OAuthScopeEnum
from sdk.sdk_client import SdkClient
from sdk.utilities import clock as sdk_clock
from tests.fake_transport import FakeTransport

CONSENT_PAGE = """<html><head><title>Authorize Demo App</title></head><body>
<form id="consent" method="post" action="https://auth.test/oauth2/authorize"
 data-client-id="OAuthClientId" data-client-name="Demo &amp; App" data-scope="read write">
<input type="hidden" name="client_id" value="OAuthClientId">
<input type="hidden" name="state" value="a&amp;b">
<button type="submit" name="decision" value="approve">Approve</button>
</form></body></html>"""

MOCK_SERVER_URL = os.environ.get("MOCK_SERVER_URL", "").rstrip("/")


class ConsentPageTest(unittest.TestCase):
    def test_reads_the_forms_action_method_and_hidden_fields_with_entities_decoded(self):
        form = parse_consent_form(CONSENT_PAGE)
        self.assertEqual(form.action, "https://auth.test/oauth2/authorize")
        self.assertEqual(form.method, "POST")
        self.assertEqual(form.fields, [("client_id", "OAuthClientId"), ("state", "a&b")])
        self.assertEqual(form.client_name, "Demo & App")
        self.assertEqual(form.scopes, ["read", "write"])

    def test_reads_the_error_code_and_message_of_an_error_page(self):
        page = parse_error_page('<p role="alert" data-error="invalid_request">Unknown <b>client</b></p>')
        self.assertEqual(page.error, "invalid_request")
        self.assertEqual(page.message, "Unknown client")

    def test_a_consent_screen_without_a_decision_says_which_meta_json_key_to_add(self):
        page = HttpResponse(status_code=200, headers={"content-type": "text/html"}, body=CONSENT_PAGE)
        with FakeTransport(lambda request: page), mock.patch.dict(os.environ, {"SANDBOX_CONSENT": ""}):
            with self.assertRaises(SandboxError) as raised:
                browser.authorize("https://auth.test/oauth2/authorize?client_id=OAuthClientId")
        self.assertEqual(raised.exception.code, "CONSENT_DECISION_MISSING")
        self.assertIn('"run": {"consent": "approve"}', str(raised.exception))

    def test_an_error_page_instead_of_a_redirect_raises_authorization_error_page(self):
        page = HttpResponse(status_code=400, headers={}, body='<p role="alert" data-error="invalid_request">Bad redirect URI</p>')
        with FakeTransport(lambda request: page):
            with self.assertRaises(SandboxError) as raised:
                browser.authorize("https://auth.test/oauth2/authorize")
        self.assertEqual(raised.exception.code, "AUTHORIZATION_ERROR_PAGE")
        self.assertEqual(raised.exception.error, "invalid_request")

    def test_clock_advance_refuses_a_negative_number(self):
        with self.assertRaises(SandboxError) as raised:
            clock.advance(-1)
        self.assertEqual(raised.exception.code, "INVALID_ARGUMENT")


@unittest.skipUnless(MOCK_SERVER_URL, "MOCK_SERVER_URL is not set: start `npm run mock-server` to run these")
class AgainstTheMockServerTest(unittest.TestCase):
    def setUp(self):
        send(HttpRequest(method="POST", url=f"{MOCK_SERVER_URL}/__control/reset"))
        self.urls = {"auth_server_url": f"{MOCK_SERVER_URL}/auth", "api_base_url": f"{MOCK_SERVER_URL}/api/v1"}

    def tearDown(self):
        sdk_clock.shift(-sdk_clock.offset_seconds())
        send(HttpRequest(method="POST", url=f"{MOCK_SERVER_URL}/__control/reset"))

    def acg_client(self):
        return SdkClient(
            authorization_code_auth_credentials=AuthorizationCodeAuthCredentials(
                o_auth_client_id="OAuthClientId",
                o_auth_client_secret="OAuthClientSecret",
                o_auth_redirect_uri="https://example.com/oauth/callback",
                o_auth_scopes=[OAuthScopeEnum.READ_SCOPE, OAuthScopeEnum.WRITE_SCOPE],
            ),
            **self.urls,
        )

    def test_an_approved_consent_redirects_with_a_code_that_buys_a_token(self):
        client = self.acg_client()
        with mock.patch.dict(os.environ, {"SANDBOX_CONSENT": "approve"}):
            callback = browser.authorize(client.http_acg.get_authorization_url(state="s-1"))
        query = dict(parse_qsl(urlparse(callback).query))
        self.assertTrue(callback.startswith("https://example.com/oauth/callback?"))
        self.assertEqual(query["state"], "s-1")
        token = client.http_acg.fetch_token(query["code"], state="s-1")
        self.assertEqual(token.scope, "read write")
        self.assertTrue(token.refresh_token)

    def test_a_denied_consent_redirects_with_access_denied(self):
        with mock.patch.dict(os.environ, {"SANDBOX_CONSENT": "deny"}):
            callback = browser.authorize(self.acg_client().http_acg.get_authorization_url(state="s-2"))
        query = dict(parse_qsl(urlparse(callback).query))
        self.assertEqual(query["error"], "access_denied")
        self.assertEqual(query["state"], "s-2")

    def test_a_reused_code_is_refused_with_invalid_grant(self):
        client = self.acg_client()
        with mock.patch.dict(os.environ, {"SANDBOX_CONSENT": "approve"}):
            callback = browser.authorize(client.http_acg.get_authorization_url())
        code = dict(parse_qsl(urlparse(callback).query))["code"]
        client.http_acg.fetch_token(code)
        with self.assertRaises(OAuthProviderException) as raised:
            client.http_acg.fetch_token(code)
        self.assertEqual(raised.exception.error, "invalid_grant")
        self.assertIn("already used", raised.exception.error_description)

    def test_a_wrong_client_secret_is_refused_with_invalid_client(self):
        client = SdkClient(
            client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
                o_auth_client_id="OAuthClientId", o_auth_client_secret="revoked-secret"
            ),
            **self.urls,
        )
        with self.assertRaises(OAuthProviderException) as raised:
            client.items_controller.list_items()
        self.assertEqual(raised.exception.error, "invalid_client")
        self.assertEqual(raised.exception.response_code, 401)

    def test_clock_advance_expires_tokens_for_the_sdk_and_the_server_alike(self):
        client = SdkClient(
            resource_owner_auth_credentials=ResourceOwnerAuthCredentials(
                o_auth_client_id="OAuthClientId",
                o_auth_client_secret="OAuthClientSecret",
                o_auth_username="OAuthUsername",
                o_auth_password="OAuthPassword",
            ),
            **self.urls,
        )
        first = client.http_ropcg.fetch_token()
        with mock.patch.dict(os.environ, {"MOCK_SERVER_URL": MOCK_SERVER_URL}):
            clock.advance(3600)
        self.assertTrue(client.http_ropcg.is_token_expired())
        response = client.user_controller.get_profile()
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.body.kind, "user")
        self.assertNotEqual(client.http_ropcg._token.access_token, first.access_token)

    def test_creating_an_item_needs_the_write_scope(self):
        client = SdkClient(
            client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
                o_auth_client_id="OAuthClientId", o_auth_client_secret="OAuthClientSecret"
            ),
            **self.urls,
        )
        from sdk.exceptions.api_exception import APIException

        with self.assertRaises(APIException) as raised:
            client.items_controller.create_item("Pen")
        self.assertEqual(raised.exception.response_code, 403)
        self.assertEqual(raised.exception.error, "insufficient_scope")
        writer = SdkClient(
            client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
                o_auth_client_id="OAuthClientId",
                o_auth_client_secret="OAuthClientSecret",
                o_auth_scopes=[OAuthScopeEnum.READ_SCOPE, OAuthScopeEnum.WRITE_SCOPE],
            ),
            **self.urls,
        )
        created = writer.items_controller.create_item("Pen", quantity=2)
        self.assertEqual(created.status_code, 201)
        self.assertEqual(created.body.name, "Pen")
        self.assertEqual(created.body.quantity, 2)


if __name__ == "__main__":
    unittest.main()
