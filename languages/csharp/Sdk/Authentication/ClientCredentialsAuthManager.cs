using System.Collections.Generic;
using System.Threading.Tasks;

namespace Sdk
{
    /// <summary>
    /// Gets tokens with the client credentials grant: the client acts on its own behalf. Endpoint
    /// calls fetch a token on first use and a new one when it expires (this grant issues no
    /// refresh token). Available as <c>client.OAuthCCG</c>.
    /// </summary>
    /// <example><code>
    /// OAuthToken token = client.OAuthCCG.FetchToken();
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">RFC 6749 §4.4</seealso>
    public sealed class ClientCredentialsAuthManager : OAuthManager
    {
        internal ClientCredentialsAuthManager(HttpContext http, OAuthCCGModel model)
            : base(
                http,
                model.OAuthClientId,
                model.OAuthClientSecret,
                model.ScopeParameter,
                model.OAuthToken,
                ForManager(model.OAuthTokenProvider),
                model.OAuthOnTokenUpdate)
        {
        }

        /// <summary>
        /// Requests a new access token with the client's credentials (and the configured scopes),
        /// makes it the manager's current token and returns it.
        /// </summary>
        /// <example><code>
        /// OAuthToken token = client.OAuthCCG.FetchToken();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2">RFC 6749 §4.4.2</seealso>
        public OAuthToken FetchToken()
        {
            return FetchTokenAsync().GetAwaiter().GetResult();
        }

        /// <summary>The asynchronous form of <see cref="FetchToken"/>, e.g. for a token provider.</summary>
        /// <example><code>
        /// return await authManager.FetchTokenAsync();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2">RFC 6749 §4.4.2</seealso>
        public async Task<OAuthToken> FetchTokenAsync()
        {
            OAuthToken token = await RequestTokenAsync(
                new[]
                {
                    new KeyValuePair<string, string>("grant_type", "client_credentials"),
                    new KeyValuePair<string, string>("scope", ScopeParameter),
                },
                "Fetching a token with the client credentials grant").ConfigureAwait(false);
            return Adopt(token);
        }

        internal override Task<OAuthToken> NewGrantAsync(System.Exception cause)
        {
            return FetchTokenAsync();
        }
    }
}
