using System;
using NUnit.Framework;
using Sdk;

namespace SdkTests
{
    /// <summary>Client construction, cloning and what it shows of itself.</summary>
    [TestFixture]
    public class ClientTests
    {
        [Test]
        public void Defaults_to_the_example_base_URLs_then_the_environment_then_the_builder()
        {
            string auth = Environment.GetEnvironmentVariable("SDK_AUTH_SERVER_URL");
            string api = Environment.GetEnvironmentVariable("SDK_API_BASE_URL");
            try
            {
                Environment.SetEnvironmentVariable("SDK_AUTH_SERVER_URL", null);
                Environment.SetEnvironmentVariable("SDK_API_BASE_URL", null);
                SdkClient plain = new SdkClient.Builder().Build();
                Environment.SetEnvironmentVariable("SDK_AUTH_SERVER_URL", "http://127.0.0.1:1/auth");
                Environment.SetEnvironmentVariable("SDK_API_BASE_URL", "http://127.0.0.1:1/api/v1");
                SdkClient fromEnvironment = new SdkClient.Builder().Build();
                SdkClient explicitUrls = new SdkClient.Builder().AuthServerUrl("https://a.test").ApiBaseUrl("https://b.test/v1").Build();

                Assert.AreEqual("https://auth.example.com", plain.AuthServerUrl);
                Assert.AreEqual("https://api.example.com/v1", plain.ApiBaseUrl);
                Assert.AreEqual("http://127.0.0.1:1/auth", fromEnvironment.AuthServerUrl);
                Assert.AreEqual("http://127.0.0.1:1/api/v1", fromEnvironment.ApiBaseUrl);
                Assert.AreEqual("https://a.test", explicitUrls.AuthServerUrl);
                Assert.AreEqual("https://b.test/v1", explicitUrls.ApiBaseUrl);
            }
            finally
            {
                Environment.SetEnvironmentVariable("SDK_AUTH_SERVER_URL", auth);
                Environment.SetEnvironmentVariable("SDK_API_BASE_URL", api);
            }
        }

        [Test]
        public void ToBuilder_keeps_the_credentials_and_adds_the_token()
        {
            SdkClient client = new SdkClient.Builder()
                .OAuthROPCGCredentials(new OAuthROPCGModel.Builder("id", "secret", "ada", "pw").Build())
                .Build();
            var token = new OAuthToken { AccessToken = "token-1", TokenType = "Bearer" };

            SdkClient next = client.ToBuilder()
                .OAuthROPCGCredentials(client.OAuthROPCGModel.ToBuilder().OAuthToken(token).Build())
                .Build();

            Assert.AreEqual("ada", next.OAuthROPCGModel.OAuthUsername);
            Assert.AreSame(token, next.OAuthROPCGModel.OAuthToken);
            Assert.IsFalse(next.OAuthROPCG.IsTokenExpired());
            Assert.IsNull(client.OAuthROPCGModel.OAuthToken);
            Assert.IsNull(next.OAuthCCG);
        }

        [Test]
        public void A_credentials_builder_names_the_missing_value_with_ConfigurationError()
        {
            var e = Assert.Throws<ConfigurationException>(() => new OAuthACGModel.Builder("id", "secret", "").Build());

            Assert.AreEqual(SdkErrorCode.ConfigurationError, e.Code);
            StringAssert.Contains("oAuthRedirectUri", e.Message);
        }

        [Test]
        public void Calling_an_endpoint_without_credentials_is_a_ConfigurationError()
        {
            var e = Assert.Throws<ConfigurationException>(() => new SdkClient.Builder().Build().UserController.GetProfile());

            StringAssert.Contains("OAuthCCGCredentials", e.Message);
        }

        [Test]
        public void ToString_never_shows_the_secret_the_password_or_a_token()
        {
            SdkClient client = new SdkClient.Builder()
                .OAuthROPCGCredentials(new OAuthROPCGModel.Builder("id", "s3cret", "ada", "pa55word")
                    .OAuthToken(new OAuthToken { AccessToken = "acc355", RefreshToken = "r3fresh" })
                    .Build())
                .Build();

            string shown = client + " " + client.OAuthROPCGModel.OAuthToken;

            foreach (string secret in new[] { "s3cret", "pa55word", "acc355", "r3fresh" })
            {
                StringAssert.DoesNotContain(secret, shown);
            }
            StringAssert.Contains("ada", shown);
        }

        [Test]
        public void A_token_survives_a_JSON_round_trip_with_its_wire_field_names()
        {
            var token = new OAuthToken { AccessToken = "a", TokenType = "Bearer", ExpiresIn = 3600, Expiry = 1700000000, Scope = "read", RefreshToken = "r" };

            string json = ApiHelper.JsonSerialize(token);
            OAuthToken again = ApiHelper.JsonDeserialize<OAuthToken>(json);

            StringAssert.Contains("\"access_token\":\"a\"", json);
            Assert.AreEqual(1700000000, again.Expiry);
            Assert.AreEqual("r", again.RefreshToken);
            Assert.AreEqual(3600, again.ExpiresIn);
        }

        [Test]
        public void Parses_quoted_and_token_values_of_a_Bearer_challenge()
        {
            var challenge = BearerChallenge.Parse("Basic realm=\"x\", Bearer realm=\"api\", error=invalid_token, error_description=\"The \\\"token\\\" expired\"");

            Assert.AreEqual("invalid_token", challenge["error"]);
            Assert.AreEqual("The \"token\" expired", challenge["error_description"]);
        }

        [Test]
        public void Form_encodes_like_a_browser()
        {
            Assert.AreEqual("a+b%3A%25%26%2B%3D*-._%C3%A9", FormEncoding.Encode("a b:%&+=*-._é"));
        }
    }
}
