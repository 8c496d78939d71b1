using System.Collections.Generic;
using System.Threading.Tasks;

namespace Sdk
{
    /// <summary>
    /// Gets tokens with the resource owner password credentials grant. Endpoint calls fetch a
    /// token on first use; when it expires they use its refresh token, and fall back to a new
    /// password grant if the refresh token is rejected with <c>invalid_grant</c>. Available as
    /// <c>client.OAuthROPCG</c>.
    /// </summary>
    /// <example><code>
    /// OAuthToken token = client.OAuthROPCG.FetchToken();
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.3">RFC 6749 §4.3</seealso>
    public sealed class ResourceOwnerAuthManager : OAuthManager
    {
        private readonly OAuthROPCGModel model;

        internal ResourceOwnerAuthManager(HttpContext http, OAuthROPCGModel model)
            : base(
                http,
                model.OAuthClientId,
                model.OAuthClientSecret,
                model.ScopeParameter,
                model.OAuthToken,
                ForManager(model.OAuthTokenProvider),
                model.OAuthOnTokenUpdate)
        {
            this.model = model;
        }

        /// <summary>
        /// Exchanges the configured username and password for an access token (with a refresh
        /// token), makes it the manager's current token and returns it.
        /// </summary>
        /// <example><code>
        /// OAuthToken token = client.OAuthROPCG.FetchToken();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.3.2">RFC 6749 §4.3.2</seealso>
        public OAuthToken FetchToken()
        {
            return FetchTokenAsync().GetAwaiter().GetResult();
        }

        /// <summary>The asynchronous form of <see cref="FetchToken"/>, e.g. for a token provider.</summary>
        /// <example><code>
        /// return await authManager.FetchTokenAsync();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.3.2">RFC 6749 §4.3.2</seealso>
        public async Task<OAuthToken> FetchTokenAsync()
        {
            OAuthToken token = await RequestTokenAsync(
                new[]
                {
                    new KeyValuePair<string, string>("grant_type", "password"),
                    new KeyValuePair<string, string>("username", model.OAuthUsername),
                    new KeyValuePair<string, string>("password", model.OAuthPassword),
                    new KeyValuePair<string, string>("scope", ScopeParameter),
                },
                "Fetching a token with the password grant").ConfigureAwait(false);
            return Adopt(token);
        }

        internal override Task<OAuthToken> NewGrantAsync(System.Exception cause)
        {
            return FetchTokenAsync();
        }
    }
}
