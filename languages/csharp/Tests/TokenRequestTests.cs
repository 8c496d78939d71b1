using System;
using System.Linq;
using System.Net;
using System.Text;
using NUnit.Framework;
using Sdk;

namespace SdkTests
{
    /// <summary>Token requests and responses (RFC 6749 §2.3.1, §5.1, §5.2), against a stub server.</summary>
    [TestFixture]
    public class TokenRequestTests
    {
        [Test]
        public void Authenticates_with_HTTP_Basic_of_the_form_encoded_id_and_secret_and_never_sends_the_secret_elsewhere()
        {
            var stub = new StubServer(_ => StubServer.Json(HttpStatusCode.OK, StubServer.TokenJson("token-1")));
            SdkClient client = stub.Client()
                .OAuthCCGCredentials(new OAuthCCGModel.Builder("docs client:%&+ 1", "s3cret with spaces:%&+=").Build())
                .Build();

            client.OAuthCCG.FetchToken();

            SeenRequest request = stub.Requests.Single();
            string expected = Convert.ToBase64String(Encoding.UTF8.GetBytes("docs+client%3A%25%26%2B+1:s3cret+with+spaces%3A%25%26%2B%3D"));
            Assert.AreEqual("Basic " + expected, request.Authorization);
            Assert.AreEqual("https://auth.test/oauth2/token", request.Uri.ToString());
            Assert.AreEqual("grant_type=client_credentials", request.Body);
            StringAssert.DoesNotContain("s3cret", request.Uri.ToString());
        }

        [Test]
        public void Sets_expiry_to_receipt_time_plus_expires_in_minus_30_seconds()
        {
            var stub = new StubServer(_ => StubServer.Json(HttpStatusCode.OK, StubServer.TokenJson("token-1", expiresIn: 3600)));
            SdkClient client = stub.Client().OAuthCCGCredentials(new OAuthCCGModel.Builder("id", "secret").Build()).Build();

            long before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            OAuthToken token = client.OAuthCCG.FetchToken();
            long after = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

            Assert.AreEqual(3600, token.ExpiresIn);
            Assert.That(token.Expiry, Is.InRange(before + 3570, after + 3570));
        }

        [Test]
        public void Takes_half_the_lifetime_as_margin_for_tokens_shorter_than_a_minute()
        {
            var stub = new StubServer(_ => StubServer.Json(HttpStatusCode.OK, StubServer.TokenJson("token-1", expiresIn: 40)));
            SdkClient client = stub.Client().OAuthCCGCredentials(new OAuthCCGModel.Builder("id", "secret").Build()).Build();

            long before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            OAuthToken token = client.OAuthCCG.FetchToken();

            Assert.That(token.Expiry, Is.InRange(before + 20, before + 21));
        }

        [Test]
        public void Throws_OAuthProviderException_with_the_RFC_6749_error_fields_and_no_secret_in_the_message()
        {
            var stub = new StubServer(_ => StubServer.Json(
                HttpStatusCode.Unauthorized,
                "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\",\"error_uri\":\"https://docs.test/errors\"}"));
            SdkClient client = stub.Client().OAuthCCGCredentials(new OAuthCCGModel.Builder("id", "very-secret").Build()).Build();

            var e = Assert.Throws<OAuthProviderException>(() => client.OAuthCCG.FetchToken());

            Assert.AreEqual(SdkErrorCode.OAuthProviderError, e.Code);
            Assert.AreEqual("invalid_client", e.Error);
            Assert.AreEqual("Client authentication failed", e.ErrorDescription);
            Assert.AreEqual("https://docs.test/errors", e.ErrorUri);
            Assert.AreEqual(401, e.ResponseCode);
            StringAssert.DoesNotContain("very-secret", e.Message);
        }

        [Test]
        public void Throws_ApiException_when_an_error_answer_is_not_an_OAuth_error_response()
        {
            var stub = new StubServer(_ => new System.Net.Http.HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new System.Net.Http.StringContent("<html>down</html>") });
            SdkClient client = stub.Client().OAuthCCGCredentials(new OAuthCCGModel.Builder("id", "secret").Build()).Build();

            var e = Assert.Throws<ApiException>(() => client.OAuthCCG.FetchToken());

            Assert.AreEqual(SdkErrorCode.ApiError, e.Code);
            Assert.AreEqual(502, e.ResponseCode);
            Assert.AreEqual("<html>down</html>", e.Body);
        }

        [Test]
        public void Throws_InvalidResponseException_for_a_token_response_without_access_token()
        {
            var stub = new StubServer(_ => StubServer.Json(HttpStatusCode.OK, "{\"token_type\":\"Bearer\"}"));
            SdkClient client = stub.Client().OAuthCCGCredentials(new OAuthCCGModel.Builder("id", "secret").Build()).Build();

            var e = Assert.Throws<InvalidResponseException>(() => client.OAuthCCG.FetchToken());

            Assert.AreEqual(SdkErrorCode.InvalidResponse, e.Code);
        }

        [Test]
        public void Refuses_a_token_type_other_than_Bearer()
        {
            var stub = new StubServer(_ => StubServer.Json(HttpStatusCode.OK, "{\"access_token\":\"t\",\"token_type\":\"mac\"}"));
            SdkClient client = stub.Client().OAuthCCGCredentials(new OAuthCCGModel.Builder("id", "secret").Build()).Build();

            var e = Assert.Throws<InvalidResponseException>(() => client.OAuthCCG.FetchToken());

            StringAssert.Contains("\"mac\"", e.Message);
        }

        [Test]
        public void Sends_the_password_grant_with_username_password_and_scopes()
        {
            var stub = new StubServer(_ => StubServer.Json(HttpStatusCode.OK, StubServer.TokenJson("token-1", refreshToken: "refresh-1")));
            SdkClient client = stub.Client()
                .OAuthROPCGCredentials(new OAuthROPCGModel.Builder("id", "secret", "ada", "pa ss")
                    .OAuthScopes(new System.Collections.Generic.List<OAuthScopeOAuthROPCGEnum> { OAuthScopeOAuthROPCGEnum.ReadScope, OAuthScopeOAuthROPCGEnum.WriteScope })
                    .Build())
                .Build();

            OAuthToken token = client.OAuthROPCG.FetchToken();

            Assert.AreEqual("grant_type=password&username=ada&password=pa+ss&scope=read+write", stub.Requests.Single().Body);
            Assert.AreEqual("refresh-1", token.RefreshToken);
        }
    }
}
