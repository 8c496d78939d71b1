using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Sdk
{
    /// <summary>
    /// What the three auth managers share: the current token, expiry checks, renewal (refresh
    /// token first), the token callbacks and single-flight token requests: while a token is being
    /// obtained for endpoint calls, every other call waits for that same request, so 50 parallel
    /// calls without a token cause exactly one token request.
    /// </summary>
    /// <example><code>
    /// if (client.OAuthROPCG.IsTokenExpired()) { OAuthToken token = client.OAuthROPCG.RefreshToken(); }
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-1.5">RFC 6749 §1.5</seealso>
    public abstract class OAuthManager
    {
        private readonly object sync = new object();
        private readonly string clientId;
        private readonly string clientSecret;
        private readonly Action<OAuthToken> onTokenUpdate;
        private readonly Func<OAuthToken, OAuthManager, Task<OAuthToken>> tokenProvider;
        private OAuthToken token;
        /// <summary>Access token the API rejected with 401: treated as expired even if its expiry is ahead.</summary>
        private string rejected;
        private Task<OAuthToken> inflight;

        internal OAuthManager(
            HttpContext http,
            string clientId,
            string clientSecret,
            string scope,
            OAuthToken token,
            Func<OAuthToken, OAuthManager, Task<OAuthToken>> tokenProvider,
            Action<OAuthToken> onTokenUpdate)
        {
            Http = http;
            this.clientId = clientId;
            this.clientSecret = clientSecret;
            ScopeParameter = scope;
            this.token = token;
            this.tokenProvider = tokenProvider;
            this.onTokenUpdate = onTokenUpdate;
        }

        internal HttpContext Http { get; }

        /// <summary>A typed token provider as the base class calls it (null stays null).</summary>
        internal static Func<OAuthToken, OAuthManager, Task<OAuthToken>> ForManager<TManager>(Func<OAuthToken, TManager, Task<OAuthToken>> provider)
            where TManager : OAuthManager
        {
            if (provider == null)
            {
                return null;
            }
            return (last, manager) => provider(last, (TManager)manager);
        }

        /// <summary>The configured scopes as the space-delimited <c>scope</c> parameter, or null.</summary>
        internal string ScopeParameter { get; }

        /// <summary>
        /// Whether the manager's current token is expired. No token at all counts as expired.
        /// </summary>
        /// <example><code>
        /// Console.WriteLine(client.OAuthCCG.IsTokenExpired() ? "expired" : "usable");
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</seealso>
        public bool IsTokenExpired()
        {
            return IsTokenExpired(CurrentToken);
        }

        /// <summary>
        /// Whether <paramref name="token"/> is expired: its <see cref="OAuthToken.Expiry"/> (which
        /// already includes the 30 s margin) is now or past. Null counts as expired; a token
        /// without an expiry never expires client-side.
        /// </summary>
        /// <example><code>
        /// if (!authManager.IsTokenExpired(savedToken)) return savedToken;
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</seealso>
        public bool IsTokenExpired(OAuthToken token)
        {
            if (token == null)
            {
                return true;
            }
            return token.Expiry.HasValue && SdkClock.UtcNow.ToUnixTimeMilliseconds() >= token.Expiry.Value * 1000;
        }

        /// <summary>
        /// Gets a new access token with the current token's refresh token (RFC 6749 §6) and makes
        /// it current. Without a refresh token, the client credentials and password managers fetch
        /// a new token with their credentials; the authorization code manager throws
        /// <see cref="AuthorizationRequiredException"/>.
        /// </summary>
        /// <example><code>
        /// OAuthToken token = client.OAuthROPCG.RefreshToken();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-6">RFC 6749 §6</seealso>
        public OAuthToken RefreshToken()
        {
            return RefreshTokenAsync().GetAwaiter().GetResult();
        }

        /// <summary>The asynchronous form of <see cref="RefreshToken()"/>, e.g. for a token provider.</summary>
        /// <example><code>
        /// return await authManager.RefreshTokenAsync();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-6">RFC 6749 §6</seealso>
        public Task<OAuthToken> RefreshTokenAsync()
        {
            string refreshToken = CurrentToken == null ? null : CurrentToken.RefreshToken;
            return refreshToken == null ? NewGrantAsync(null) : RefreshWithAsync(refreshToken);
        }

        /// <summary>The token the manager currently holds (may be expired), or null.</summary>
        internal OAuthToken CurrentToken
        {
            get { lock (sync) { return token; } }
        }

        /// <summary>Requests a token from the token endpoint, authenticated as this client.</summary>
        internal Task<OAuthToken> RequestTokenAsync(IList<KeyValuePair<string, string>> parameters, string context)
        {
            return TokenRequest.SendAsync(Http, clientId, clientSecret, parameters, context);
        }

        /// <summary>Makes <paramref name="next"/> current, calling OnTokenUpdate if it is a different token.</summary>
        internal OAuthToken Adopt(OAuthToken next)
        {
            if (next == null)
            {
                throw new ConfigurationException("The token provider returned null: return a token, e.g. await authManager.FetchTokenAsync()");
            }
            bool changed;
            lock (sync)
            {
                changed = token == null || token.AccessToken != next.AccessToken;
                token = next;
                if (changed)
                {
                    rejected = null;
                }
            }
            if (changed && onTokenUpdate != null)
            {
                onTokenUpdate(next);
            }
            return next;
        }

        /// <summary>A token without a refresh token: a fresh grant, or a typed error when that needs the user.</summary>
        internal abstract Task<OAuthToken> NewGrantAsync(Exception cause);

        /// <summary>
        /// The token endpoint calls use: the current one if still valid, otherwise one obtained once
        /// for all concurrent callers (token provider if configured, else refresh token, else a new grant).
        /// </summary>
        internal Task<OAuthToken> CurrentTokenAsync()
        {
            lock (sync)
            {
                if (token != null && !IsTokenExpired(token) && token.AccessToken != rejected)
                {
                    return Task.FromResult(token);
                }
                if (inflight == null)
                {
                    inflight = ObtainOnceAsync();
                }
                return inflight;
            }
        }

        /// <summary>After the API answered 401 for <paramref name="used"/>: mark it unusable and get another.</summary>
        internal Task<OAuthToken> RenewRejectedTokenAsync(OAuthToken used)
        {
            lock (sync)
            {
                if (token != null && token.AccessToken == used.AccessToken)
                {
                    rejected = used.AccessToken;
                }
            }
            return CurrentTokenAsync();
        }

        private async Task<OAuthToken> ObtainOnceAsync()
        {
            // Leave the caller's lock first, so the finally below never runs before inflight is set.
            await Task.Yield();
            try
            {
                return await ObtainAsync().ConfigureAwait(false);
            }
            finally
            {
                lock (sync)
                {
                    inflight = null;
                }
            }
        }

        private async Task<OAuthToken> ObtainAsync()
        {
            OAuthToken last = CurrentToken;
            if (tokenProvider != null)
            {
                return Adopt(await tokenProvider(last, this).ConfigureAwait(false));
            }
            if (last == null || last.RefreshToken == null)
            {
                return await NewGrantAsync(null).ConfigureAwait(false);
            }
            try
            {
                return await RefreshWithAsync(last.RefreshToken).ConfigureAwait(false);
            }
            catch (OAuthProviderException e) when (e.Error == "invalid_grant")
            {
                // A revoked, expired or rotated-away refresh token: start over with a new grant.
                return await NewGrantAsync(e).ConfigureAwait(false);
            }
        }

        private async Task<OAuthToken> RefreshWithAsync(string refreshToken)
        {
            OAuthToken next = await RequestTokenAsync(
                new[]
                {
                    new KeyValuePair<string, string>("grant_type", "refresh_token"),
                    new KeyValuePair<string, string>("refresh_token", refreshToken),
                },
                "Refreshing the access token").ConfigureAwait(false);
            // RFC 6749 §6: a server that does not rotate refresh tokens keeps the old one valid.
            if (next.RefreshToken == null)
            {
                next.RefreshToken = refreshToken;
            }
            return Adopt(next);
        }
    }
}
