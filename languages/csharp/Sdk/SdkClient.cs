using System;
using System.Net.Http;

namespace Sdk
{
    /// <summary>
    /// The SDK client: the configuration, one auth manager per configured credentials model and
    /// the API controllers. Immutable: <see cref="ToBuilder"/> makes a changed copy.
    /// <para>
    /// Which token an endpoint call uses: the first configured model in the order authorization
    /// code, resource owner, client credentials. Base URLs default to
    /// <c>https://auth.example.com</c> and <c>https://api.example.com/v1</c>, or to the
    /// environment variables <c>SDK_AUTH_SERVER_URL</c> / <c>SDK_API_BASE_URL</c> when set.
    /// </para>
    /// </summary>
    /// <example><code>
    /// SdkClient client = new SdkClient.Builder()
    ///     .OAuthCCGCredentials(new OAuthCCGModel.Builder("OAuthClientId", "OAuthClientSecret").Build())
    ///     .Build();
    /// ApiResponse&lt;ItemList&gt; response = client.ItemsController.ListItems();
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-1.2">RFC 6749 §1.2</seealso>
    public sealed class SdkClient
    {
        /// <summary>Authorization server base URL when neither the builder nor the environment sets one.</summary>
        public const string DefaultAuthServerUrl = "https://auth.example.com";

        /// <summary>Protected API base URL when neither the builder nor the environment sets one.</summary>
        public const string DefaultApiBaseUrl = "https://api.example.com/v1";

        private readonly Builder configuration;

        private SdkClient(Builder builder)
        {
            configuration = builder.Copy();
            OAuthCCGModel = builder.ccg;
            OAuthROPCGModel = builder.ropcg;
            OAuthACGModel = builder.acg;
            AuthServerUrl = builder.authServerUrl ?? FromEnvironment("SDK_AUTH_SERVER_URL") ?? DefaultAuthServerUrl;
            ApiBaseUrl = builder.apiBaseUrl ?? FromEnvironment("SDK_API_BASE_URL") ?? DefaultApiBaseUrl;
            var http = new HttpContext(builder.httpClient ?? SharedHttpClient.Value, AuthServerUrl, ApiBaseUrl);
            OAuthCCG = OAuthCCGModel == null ? null : new ClientCredentialsAuthManager(http, OAuthCCGModel);
            OAuthROPCG = OAuthROPCGModel == null ? null : new ResourceOwnerAuthManager(http, OAuthROPCGModel);
            OAuthACG = OAuthACGModel == null ? null : new AuthorizationCodeAuthManager(http, OAuthACGModel);
            var api = new ApiCall(http, EndpointAuthManager);
            UserController = new UserController(api);
            ItemsController = new ItemsController(api);
        }

        /// <summary>
        /// One HttpClient for every SdkClient that is not given its own: HttpClient is meant to be
        /// reused (a new one per client would exhaust sockets in long-running apps).
        /// </summary>
        private static readonly Lazy<HttpClient> SharedHttpClient = new Lazy<HttpClient>(() => new HttpClient());

        /// <summary>Client credentials credentials, or null when not configured.</summary>
        public OAuthCCGModel OAuthCCGModel { get; }

        /// <summary>Password grant credentials, or null when not configured.</summary>
        public OAuthROPCGModel OAuthROPCGModel { get; }

        /// <summary>Authorization code credentials, or null when not configured.</summary>
        public OAuthACGModel OAuthACGModel { get; }

        /// <summary>The client credentials grant's manager, or null when <c>OAuthCCGCredentials</c> is not configured.</summary>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">RFC 6749 §4.4</seealso>
        public ClientCredentialsAuthManager OAuthCCG { get; }

        /// <summary>The password grant's manager, or null when <c>OAuthROPCGCredentials</c> is not configured.</summary>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.3">RFC 6749 §4.3</seealso>
        public ResourceOwnerAuthManager OAuthROPCG { get; }

        /// <summary>The authorization code grant's manager, or null when <c>OAuthACGCredentials</c> is not configured.</summary>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1">RFC 6749 §4.1</seealso>
        public AuthorizationCodeAuthManager OAuthACG { get; }

        /// <summary>The authorization server base URL in use.</summary>
        public string AuthServerUrl { get; }

        /// <summary>The protected API base URL in use.</summary>
        public string ApiBaseUrl { get; }

        /// <summary>Endpoints about the token's subject (<c>GET /me</c>).</summary>
        public UserController UserController { get; }

        /// <summary>Endpoints of the items resource (<c>GET /items</c>, <c>POST /items</c>).</summary>
        public ItemsController ItemsController { get; }

        /// <summary>
        /// A builder holding this client's configuration, to build a changed client, e.g. with a
        /// token. The new client starts from its configuration: tokens this client obtained on its
        /// own are not carried over unless passed with <c>OAuthToken(token)</c>.
        /// </summary>
        /// <example><code>
        /// client = client.ToBuilder()
        ///     .OAuthCCGCredentials(client.OAuthCCGModel.ToBuilder().OAuthToken(token).Build())
        ///     .Build();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-7">RFC 6749 §7</seealso>
        public Builder ToBuilder()
        {
            return configuration.Copy();
        }

        /// <summary>A view safe to log: URLs and ids, no secrets or tokens.</summary>
        public override string ToString()
        {
            return $"SdkClient {{ AuthServerUrl = {AuthServerUrl}, ApiBaseUrl = {ApiBaseUrl}, OAuthCCGModel = {(object)OAuthCCGModel ?? "none"}, OAuthROPCGModel = {(object)OAuthROPCGModel ?? "none"}, OAuthACGModel = {(object)OAuthACGModel ?? "none"} }}";
        }

        private OAuthManager EndpointAuthManager()
        {
            OAuthManager manager = (OAuthManager)OAuthACG ?? (OAuthManager)OAuthROPCG ?? OAuthCCG;
            if (manager == null)
            {
                throw new ConfigurationException(
                    "No OAuth credentials configured: call OAuthCCGCredentials(...), OAuthROPCGCredentials(...) or OAuthACGCredentials(...) on SdkClient.Builder");
            }
            return manager;
        }

        private static string FromEnvironment(string name)
        {
            string value = Environment.GetEnvironmentVariable(name);
            return string.IsNullOrEmpty(value) ? null : value;
        }

        /// <summary>Builds an <see cref="SdkClient"/>.</summary>
        /// <example><code>
        /// SdkClient client = new SdkClient.Builder()
        ///     .OAuthROPCGCredentials(new OAuthROPCGModel.Builder("OAuthClientId", "OAuthClientSecret", "OAuthUsername", "OAuthPassword").Build())
        ///     .Build();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-2.3">RFC 6749 §2.3</seealso>
        public sealed class Builder
        {
            internal OAuthCCGModel ccg;
            internal OAuthROPCGModel ropcg;
            internal OAuthACGModel acg;
            internal string authServerUrl;
            internal string apiBaseUrl;
            internal HttpClient httpClient;

            /// <summary>Client credentials grant credentials.</summary>
            /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">RFC 6749 §4.4</seealso>
            public Builder OAuthCCGCredentials(OAuthCCGModel credentials)
            {
                ccg = credentials;
                return this;
            }

            /// <summary>Resource owner password credentials grant credentials.</summary>
            /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.3">RFC 6749 §4.3</seealso>
            public Builder OAuthROPCGCredentials(OAuthROPCGModel credentials)
            {
                ropcg = credentials;
                return this;
            }

            /// <summary>Authorization code grant credentials.</summary>
            /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1">RFC 6749 §4.1</seealso>
            public Builder OAuthACGCredentials(OAuthACGModel credentials)
            {
                acg = credentials;
                return this;
            }

            /// <summary>Authorization server base URL (default: <c>SDK_AUTH_SERVER_URL</c> or <c>https://auth.example.com</c>).</summary>
            public Builder AuthServerUrl(string url)
            {
                authServerUrl = url;
                return this;
            }

            /// <summary>Protected API base URL (default: <c>SDK_API_BASE_URL</c> or <c>https://api.example.com/v1</c>).</summary>
            public Builder ApiBaseUrl(string url)
            {
                apiBaseUrl = url;
                return this;
            }

            /// <summary>The HttpClient to send requests with (e.g. with a logging handler).</summary>
            public Builder HttpClient(HttpClient client)
            {
                httpClient = client;
                return this;
            }

            /// <summary>The client.</summary>
            public SdkClient Build()
            {
                return new SdkClient(this);
            }

            internal Builder Copy()
            {
                return (Builder)MemberwiseClone();
            }
        }
    }
}
