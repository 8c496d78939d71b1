using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using NUnit.Framework;
using Sdk;

namespace SdkTests
{
    /// <summary>Automatic tokens on endpoint calls: single flight, renewal, callbacks, 401 retry.</summary>
    [TestFixture]
    public class TokenLifecycleTests
    {
        private static OAuthToken Expired(string accessToken, string refreshToken = null)
        {
            return new OAuthToken
            {
                AccessToken = accessToken,
                TokenType = "Bearer",
                Expiry = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 10,
                RefreshToken = refreshToken,
            };
        }

        /// <summary>Token endpoint answers with <paramref name="token"/>; the API answers 200 with a profile.</summary>
        private static StubServer Server(Func<SeenRequest, System.Net.Http.HttpResponseMessage> token)
        {
            return new StubServer(request => request.Uri.AbsolutePath == "/oauth2/token"
                ? token(request)
                : StubServer.Json(HttpStatusCode.OK, "{\"id\":\"u1\",\"kind\":\"user\",\"name\":\"Ada\",\"scopes\":[\"read\"]}"));
        }

        [Test]
        public void Fifty_concurrent_calls_without_a_token_cause_one_token_request()
        {
            var stub = Server(_ => StubServer.Json(HttpStatusCode.OK, StubServer.TokenJson("token-1")));
            stub.Delay = TimeSpan.FromMilliseconds(200);
            SdkClient client = stub.Client().OAuthCCGCredentials(new OAuthCCGModel.Builder("id", "secret").Build()).Build();

            Task.WaitAll(Enumerable.Range(0, 50).Select(_ => client.UserController.GetProfileAsync()).ToArray());

            Assert.AreEqual(1, stub.Requests.Count(request => request.Uri.AbsolutePath == "/oauth2/token"));
            Assert.AreEqual(50, stub.Requests.Count(request => request.Authorization == "Bearer token-1"));
        }

        [Test]
        public void Renews_an_expired_token_with_its_refresh_token_before_the_call()
        {
            var stub = Server(_ => StubServer.Json(HttpStatusCode.OK, StubServer.TokenJson("token-2", refreshToken: "refresh-2")));
            SdkClient client = stub.Client()
                .OAuthROPCGCredentials(new OAuthROPCGModel.Builder("id", "secret", "ada", "pw").OAuthToken(Expired("token-1", "refresh-1")).Build())
                .Build();

            client.UserController.GetProfile();

            Assert.AreEqual("grant_type=refresh_token&refresh_token=refresh-1", stub.Requests[0].Body);
            Assert.AreEqual("Bearer token-2", stub.Requests[1].Authorization);
            Assert.IsFalse(client.OAuthROPCG.IsTokenExpired());
        }

        [Test]
        public void Starts_a_new_password_grant_when_the_refresh_token_is_rejected_with_invalid_grant()
        {
            var stub = Server(request => request.Body.StartsWith("grant_type=refresh_token")
                ? StubServer.Json(HttpStatusCode.BadRequest, "{\"error\":\"invalid_grant\"}")
                : StubServer.Json(HttpStatusCode.OK, StubServer.TokenJson("token-2", refreshToken: "refresh-2")));
            SdkClient client = stub.Client()
                .OAuthROPCGCredentials(new OAuthROPCGModel.Builder("id", "secret", "ada", "pw").OAuthToken(Expired("token-1", "refresh-1")).Build())
                .Build();

            client.UserController.GetProfile();

            StringAssert.StartsWith("grant_type=password", stub.Requests[1].Body);
            Assert.AreEqual("Bearer token-2", stub.Requests[2].Authorization);
        }

        [Test]
        public void Authorization_code_calls_without_a_token_throw_AuthorizationRequiredException_before_any_request()
        {
            var stub = Server(_ => StubServer.Json(HttpStatusCode.OK, StubServer.TokenJson("unused")));
            SdkClient client = stub.Client()
                .OAuthACGCredentials(new OAuthACGModel.Builder("id", "secret", "https://example.com/cb").Build())
                .Build();

            var e = Assert.Throws<AuthorizationRequiredException>(() => client.UserController.GetProfile());

            Assert.AreEqual(SdkErrorCode.AuthorizationRequired, e.Code);
            Assert.AreEqual(0, stub.Requests.Count);
        }

        [Test]
        public void Renews_the_token_and_retries_once_when_the_API_answers_401()
        {
            int tokens = 0;
            int calls = 0;
            var stub = new StubServer(request =>
            {
                if (request.Uri.AbsolutePath == "/oauth2/token")
                {
                    return StubServer.Json(HttpStatusCode.OK, StubServer.TokenJson("token-" + ++tokens));
                }
                return ++calls == 1
                    ? StubServer.Json(HttpStatusCode.Unauthorized, "{}", "Bearer error=\"invalid_token\"")
                    : StubServer.Json(HttpStatusCode.OK, "{\"items\":[]}");
            });
            SdkClient client = stub.Client().OAuthCCGCredentials(new OAuthCCGModel.Builder("id", "secret").Build()).Build();

            ApiResponse<ItemList> response = client.ItemsController.ListItems();

            Assert.AreEqual(200, response.StatusCode);
            Assert.AreEqual(2, tokens);
            Assert.AreEqual("Bearer token-2", stub.Requests.Last().Authorization);
        }

        [Test]
        public void The_token_provider_replaces_automatic_renewal_and_OnTokenUpdate_sees_each_new_token_once()
        {
            var stub = Server(_ => StubServer.Json(HttpStatusCode.OK, StubServer.TokenJson("from-provider")));
            var seen = new List<OAuthToken>();
            var updates = new List<string>();
            SdkClient client = stub.Client()
                .OAuthCCGCredentials(new OAuthCCGModel.Builder("id", "secret")
                    .OAuthTokenProvider(async (last, manager) =>
                    {
                        seen.Add(last);
                        return await manager.FetchTokenAsync();
                    })
                    .OAuthOnTokenUpdate(token => updates.Add(token.AccessToken))
                    .Build())
                .Build();

            client.UserController.GetProfile();
            client.UserController.GetProfile();

            Assert.AreEqual(new OAuthToken[] { null }, seen.ToArray());
            Assert.AreEqual(new[] { "from-provider" }, updates.ToArray());
        }

        [Test]
        public void Counts_a_missing_token_as_expired_and_a_token_without_expiry_as_valid()
        {
            SdkClient client = new SdkClient.Builder().OAuthCCGCredentials(new OAuthCCGModel.Builder("id", "secret").Build()).Build();

            Assert.IsTrue(client.OAuthCCG.IsTokenExpired());
            Assert.IsTrue(client.OAuthCCG.IsTokenExpired(null));
            Assert.IsFalse(client.OAuthCCG.IsTokenExpired(new OAuthToken { AccessToken = "t", TokenType = "Bearer" }));
            Assert.IsTrue(client.OAuthCCG.IsTokenExpired(Expired("t")));
        }

        [Test]
        public void Reports_an_API_error_with_its_status_and_the_RFC_6750_challenge()
        {
            var stub = new StubServer(request => request.Uri.AbsolutePath == "/oauth2/token"
                ? StubServer.Json(HttpStatusCode.OK, StubServer.TokenJson("token-1"))
                : StubServer.Json(HttpStatusCode.Forbidden, "{}", "Bearer realm=\"api\", error=\"insufficient_scope\", error_description=\"Needs write\", scope=\"write\""));
            SdkClient client = stub.Client().OAuthCCGCredentials(new OAuthCCGModel.Builder("id", "secret").Build()).Build();

            var e = Assert.Throws<ApiException>(() => client.ItemsController.CreateItem(new CreateItemRequest { Name = "Pen" }));

            Assert.AreEqual(SdkErrorCode.ApiError, e.Code);
            Assert.AreEqual(403, e.ResponseCode);
            Assert.AreEqual("insufficient_scope", e.Error);
            Assert.AreEqual("Needs write", e.ErrorDescription);
            Assert.AreEqual("write", e.Scope);
            StringAssert.DoesNotContain("token-1", e.Message);
            Assert.AreEqual("{\"name\":\"Pen\"}", stub.Requests.Last().Body);
        }
    }
}
