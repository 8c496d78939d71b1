using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using NUnit.Framework;
using Sdk;

namespace SdkTests
{
    /// <summary>The authorization request with PKCE (RFC 6749 §4.1.1, RFC 7636 §4).</summary>
    [TestFixture]
    public class AuthorizationUrlTests
    {
        private StubServer stub;
        private SdkClient client;

        [SetUp]
        public void CreateClient()
        {
            stub = new StubServer(_ => StubServer.Json(HttpStatusCode.OK, StubServer.TokenJson("token-1", refreshToken: "refresh-1")));
            client = stub.Client()
                .OAuthACGCredentials(new OAuthACGModel.Builder("OAuthClientId", "OAuthClientSecret", "https://example.com/oauth/callback")
                    .OAuthScopes(new List<OAuthScopeOAuthACGEnum> { OAuthScopeOAuthACGEnum.ReadScope, OAuthScopeOAuthACGEnum.WriteScope })
                    .Build())
                .Build();
        }

        [Test]
        public void Builds_the_URL_with_client_redirect_scopes_state_and_an_S256_challenge()
        {
            string url = client.OAuthACG.BuildAuthorizationUrl("s1", new Dictionary<string, object> { ["prompt"] = "consent" });

            StringAssert.IsMatch(
                "^https://auth\\.test/oauth2/authorize\\?response_type=code&client_id=OAuthClientId&redirect_uri=https%3A%2F%2Fexample\\.com%2Foauth%2Fcallback&scope=read\\+write&state=s1&code_challenge=[A-Za-z0-9_-]{43}&code_challenge_method=S256&prompt=consent$",
                url);
            StringAssert.DoesNotContain("OAuthClientSecret", url);
        }

        [Test]
        public void Sends_the_verifier_whose_SHA_256_is_the_challenge_of_that_state()
        {
            string first = client.OAuthACG.BuildAuthorizationUrl("s1");
            client.OAuthACG.BuildAuthorizationUrl("s2");

            client.OAuthACG.FetchToken("code-1", "s1");

            string verifier = HttpUtility.ParseQueryString(stub.Requests.Single().Body)["code_verifier"];
            string challenge = HttpUtility.ParseQueryString(new Uri(first).Query)["code_challenge"];
            byte[] hash = SHA256.Create().ComputeHash(Encoding.ASCII.GetBytes(verifier));
            Assert.AreEqual(challenge, Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
            Assert.AreEqual(43, verifier.Length);
        }

        [Test]
        public void Rejects_a_state_it_never_issued_with_StateMismatchException_without_sending_anything()
        {
            client.OAuthACG.BuildAuthorizationUrl("s1");

            var e = Assert.Throws<StateMismatchException>(() => client.OAuthACG.FetchToken("code-1", "forged"));

            Assert.AreEqual(SdkErrorCode.StateMismatch, e.Code);
            Assert.AreEqual(0, stub.Requests.Count);
        }

        [Test]
        public void Refuses_additional_parameters_that_would_override_its_own_or_carry_the_secret()
        {
            var overriding = Assert.Throws<ConfigurationException>(() =>
                client.OAuthACG.BuildAuthorizationUrl("s1", new Dictionary<string, object> { ["redirect_uri"] = "https://evil.test" }));
            var secret = Assert.Throws<ConfigurationException>(() =>
                client.OAuthACG.BuildAuthorizationUrl("s1", new Dictionary<string, object> { ["hint"] = "OAuthClientSecret" }));

            Assert.AreEqual(SdkErrorCode.ConfigurationError, overriding.Code);
            StringAssert.Contains("redirect_uri", overriding.Message);
            StringAssert.DoesNotContain("OAuthClientSecret", secret.Message);
        }

        [Test]
        public void Keeps_the_refresh_token_when_the_server_does_not_rotate_it()
        {
            client.OAuthACG.BuildAuthorizationUrl();
            client.OAuthACG.FetchToken("code-1");
            var noRotation = new StubServer(_ => StubServer.Json(HttpStatusCode.OK, StubServer.TokenJson("token-2")));
            SdkClient withToken = noRotation.Client()
                .OAuthACGCredentials(client.OAuthACGModel.ToBuilder().OAuthToken(client.OAuthACG.FetchToken("code-2")).Build())
                .Build();

            OAuthToken refreshed = withToken.OAuthACG.RefreshToken();

            Assert.AreEqual("token-2", refreshed.AccessToken);
            Assert.AreEqual("refresh-1", refreshed.RefreshToken);
        }
    }
}
