using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Web;
using NUnit.Framework;
using Sandbox;
using Sdk;

namespace SdkTests
{
    /// <summary>
    /// The SDK and the sandbox helper against the real mock server (<c>npm run mock-server</c>),
    /// when <c>MOCK_SERVER_URL</c> is set; ignored otherwise.
    /// </summary>
    [TestFixture]
    public class MockServerTests
    {
        private string server;
        private string consent;

        [SetUp]
        public void ResetTheServer()
        {
            server = Environment.GetEnvironmentVariable("MOCK_SERVER_URL");
            if (string.IsNullOrEmpty(server))
            {
                Assert.Ignore("MOCK_SERVER_URL is not set: start `npm run mock-server` and export the variables it prints");
            }
            consent = Environment.GetEnvironmentVariable("SANDBOX_CONSENT");
            using (var http = new HttpClient())
            {
                http.PostAsync(server.TrimEnd('/') + "/__control/reset", new StringContent("")).GetAwaiter().GetResult().EnsureSuccessStatusCode();
            }
            SdkClock.Reset();
        }

        [TearDown]
        public void RestoreTheEnvironment()
        {
            Environment.SetEnvironmentVariable("SANDBOX_CONSENT", consent);
            SdkClock.Reset();
        }

        private SdkClient.Builder Client()
        {
            string url = server.TrimEnd('/');
            return new SdkClient.Builder().AuthServerUrl(url + "/auth").ApiBaseUrl(url + "/api/v1");
        }

        private SdkClient AuthorizationCodeClient()
        {
            return Client()
                .OAuthACGCredentials(new OAuthACGModel.Builder("OAuthClientId", "OAuthClientSecret", "https://example.com/oauth/callback")
                    .OAuthScopes(new List<OAuthScopeOAuthACGEnum> { OAuthScopeOAuthACGEnum.ReadScope, OAuthScopeOAuthACGEnum.WriteScope })
                    .Build())
                .Build();
        }

        [Test]
        public void A_client_credentials_call_fetches_a_token_and_gets_the_client_profile()
        {
            SdkClient client = Client().OAuthCCGCredentials(new OAuthCCGModel.Builder("OAuthClientId", "OAuthClientSecret").Build()).Build();

            ApiResponse<UserProfile> response = client.UserController.GetProfile();

            Assert.AreEqual(200, response.StatusCode);
            Assert.AreEqual("client", response.Data.Kind);
            Assert.IsFalse(client.OAuthCCG.IsTokenExpired());
        }

        [Test]
        public void A_wrong_client_secret_is_refused_with_invalid_client()
        {
            SdkClient client = Client().OAuthCCGCredentials(new OAuthCCGModel.Builder("OAuthClientId", "revoked-secret").Build()).Build();

            var e = Assert.Throws<OAuthProviderException>(() => client.ItemsController.ListItems());

            Assert.AreEqual("invalid_client", e.Error);
            Assert.AreEqual(401, e.ResponseCode);
        }

        [Test]
        public void After_the_sandbox_clock_moves_an_hour_the_password_grant_token_is_refreshed()
        {
            SdkClient client = Client().OAuthROPCGCredentials(new OAuthROPCGModel.Builder("OAuthClientId", "OAuthClientSecret", "OAuthUsername", "OAuthPassword").Build()).Build();
            OAuthToken first = client.OAuthROPCG.FetchToken();

            Clock.Advance(3600);
            Assert.IsTrue(client.OAuthROPCG.IsTokenExpired());
            client.UserController.GetProfile();

            Assert.IsFalse(client.OAuthROPCG.IsTokenExpired());
            Assert.AreNotEqual(first.AccessToken, client.OAuthROPCG.RefreshToken().AccessToken);
        }

        [Test]
        public void An_approved_consent_redirects_with_a_code_that_the_client_exchanges_with_its_state()
        {
            Environment.SetEnvironmentVariable("SANDBOX_CONSENT", "approve");
            SdkClient client = AuthorizationCodeClient();
            string state = Guid.NewGuid().ToString();

            Uri callback = Browser.Authorize(client.OAuthACG.BuildAuthorizationUrl(state));
            var query = HttpUtility.ParseQueryString(callback.Query);
            OAuthToken token = client.OAuthACG.FetchToken(query["code"], query["state"]);

            Assert.AreEqual("https://example.com/oauth/callback", callback.GetLeftPart(UriPartial.Path));
            Assert.AreEqual(state, query["state"]);
            Assert.AreEqual("read write", token.Scope);
            Assert.IsNotNull(token.RefreshToken);
        }

        [Test]
        public void A_denied_consent_redirects_with_access_denied()
        {
            Environment.SetEnvironmentVariable("SANDBOX_CONSENT", "deny");

            Uri callback = Browser.Authorize(AuthorizationCodeClient().OAuthACG.BuildAuthorizationUrl("s1"));

            Assert.AreEqual("access_denied", HttpUtility.ParseQueryString(callback.Query)["error"]);
        }

        [Test]
        public void A_reused_authorization_code_is_refused_with_invalid_grant()
        {
            Environment.SetEnvironmentVariable("SANDBOX_CONSENT", "approve");
            SdkClient client = AuthorizationCodeClient();
            string code = HttpUtility.ParseQueryString(Browser.Authorize(client.OAuthACG.BuildAuthorizationUrl()).Query)["code"];
            client.OAuthACG.FetchToken(code);

            var e = Assert.Throws<OAuthProviderException>(() => client.OAuthACG.FetchToken(code));

            Assert.AreEqual(SdkErrorCode.OAuthProviderError, e.Code);
            Assert.AreEqual("invalid_grant", e.Error);
        }

        [Test]
        public void A_consent_screen_without_SANDBOX_CONSENT_asks_for_run_consent_in_meta_json()
        {
            Environment.SetEnvironmentVariable("SANDBOX_CONSENT", null);

            var e = Assert.Throws<SandboxException>(() => Browser.Authorize(AuthorizationCodeClient().OAuthACG.BuildAuthorizationUrl()));

            Assert.AreEqual(SandboxErrorCode.ConsentMissing, e.Code);
            StringAssert.Contains("\"consent\"", e.Message);
        }

        [Test]
        public void An_unregistered_redirect_URI_is_an_error_page_not_a_redirect()
        {
            SdkClient client = Client()
                .OAuthACGCredentials(new OAuthACGModel.Builder("OAuthClientId", "OAuthClientSecret", "https://evil.test/callback").Build())
                .Build();

            var e = Assert.Throws<SandboxException>(() => Browser.Authorize(client.OAuthACG.BuildAuthorizationUrl()));

            Assert.AreEqual(SandboxErrorCode.AuthorizationErrorPage, e.Code);
            Assert.AreEqual(400, e.Status);
        }
    }
}
