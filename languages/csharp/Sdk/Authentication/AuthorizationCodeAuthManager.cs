using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;

namespace Sdk
{
    /// <summary>
    /// The authorization code grant with PKCE (S256). <see cref="BuildAuthorizationUrl"/> makes the
    /// URL to send the user to; <see cref="FetchToken"/> exchanges the code from the redirect for a
    /// token. Expired tokens are refreshed with their refresh token; without a token, endpoint calls
    /// throw <see cref="AuthorizationRequiredException"/> before sending anything. Available as
    /// <c>client.OAuthACG</c>.
    /// <para>
    /// PKCE verifiers: each <c>BuildAuthorizationUrl(state)</c> creates one and remembers it under
    /// its state (calls without a state share one slot). <c>FetchToken(code, state)</c> uses and
    /// forgets the verifier of that state; <c>FetchToken(code)</c> uses the most recent one. At
    /// most 20 pending requests are kept, per manager, in memory only.
    /// </para>
    /// </summary>
    /// <example><code>
    /// string authUrl = client.OAuthACG.BuildAuthorizationUrl(state: state);
    /// // ... the redirect brings back ?code=...&amp;state=...
    /// OAuthToken token = client.OAuthACG.FetchToken(code, state);
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1">RFC 6749 §4.1</seealso>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc7636#section-4">RFC 7636 §4</seealso>
    public sealed class AuthorizationCodeAuthManager : OAuthManager
    {
        private const int MaxPending = 20;

        /// <summary>Parameters the SDK sets itself; additional parameters may not override them.</summary>
        private static readonly HashSet<string> Reserved = new HashSet<string>
        {
            "response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge",
            "code_challenge_method", "code_verifier", "client_secret", "code", "grant_type",
            "refresh_token", "access_token", "password",
        };

        private readonly OAuthACGModel model;
        /// <summary>PKCE verifiers by state (null = built without a state), oldest first.</summary>
        private readonly List<KeyValuePair<string, string>> verifiers = new List<KeyValuePair<string, string>>();

        internal AuthorizationCodeAuthManager(HttpContext http, OAuthACGModel model)
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
        /// Builds the authorization endpoint URL to send the user to: <c>response_type=code</c>, the
        /// client id, redirect URI, configured scopes, the optional <paramref name="state"/> and a
        /// PKCE S256 challenge. The client secret is never part of it. <paramref name="additionalParameters"/>
        /// (e.g. <c>prompt=consent</c>) are appended but may not replace a parameter the SDK sets
        /// (that throws <see cref="ConfigurationException"/>).
        /// </summary>
        /// <example><code>
        /// string authUrl = client.OAuthACG.BuildAuthorizationUrl(
        ///     state: "random_state_string",
        ///     additionalParameters: new Dictionary&lt;string, object&gt; { ["prompt"] = "consent" });
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1">RFC 6749 §4.1.1</seealso>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc7636#section-4.3">RFC 7636 §4.3</seealso>
        public string BuildAuthorizationUrl(string state = null, Dictionary<string, object> additionalParameters = null)
        {
            string verifier = Pkce.CreateVerifier();
            var query = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("response_type", "code"),
                new KeyValuePair<string, string>("client_id", model.OAuthClientId),
                new KeyValuePair<string, string>("redirect_uri", model.OAuthRedirectUri),
                new KeyValuePair<string, string>("scope", ScopeParameter),
                new KeyValuePair<string, string>("state", state),
                new KeyValuePair<string, string>("code_challenge", Pkce.S256Challenge(verifier)),
                new KeyValuePair<string, string>("code_challenge_method", "S256"),
            };
            foreach (var parameter in additionalParameters ?? new Dictionary<string, object>())
            {
                string value = Convert.ToString(parameter.Value, CultureInfo.InvariantCulture);
                if (Reserved.Contains(parameter.Key))
                {
                    throw new ConfigurationException(
                        $"BuildAuthorizationUrl: additional parameter \"{parameter.Key}\" is set by the SDK and cannot be overridden; remove it from additionalParameters");
                }
                if (value == model.OAuthClientSecret)
                {
                    throw new ConfigurationException(
                        $"BuildAuthorizationUrl: additional parameter \"{parameter.Key}\" carries the client secret; a secret must never be put in a URL");
                }
                query.Add(new KeyValuePair<string, string>(parameter.Key, value));
            }
            lock (verifiers)
            {
                verifiers.RemoveAll(pending => pending.Key == state);
                verifiers.Add(new KeyValuePair<string, string>(state, verifier));
                if (verifiers.Count > MaxPending)
                {
                    verifiers.RemoveAt(0);
                }
            }
            return HttpContext.Join(Http.AuthServerUrl, "/oauth2/authorize") + "?" + FormEncoding.Encode(query);
        }

        /// <summary>
        /// Exchanges an authorization code for a token (sending the PKCE verifier of the matching
        /// <see cref="BuildAuthorizationUrl"/> call), makes it the manager's current token and
        /// returns it. Pass the <paramref name="state"/> from the redirect to pick the verifier of
        /// that request; a state this manager never issued throws <see cref="StateMismatchException"/>
        /// without sending anything.
        /// </summary>
        /// <example><code>
        /// OAuthToken token = client.OAuthACG.FetchToken(query["code"], query["state"]);
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3">RFC 6749 §4.1.3</seealso>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc7636#section-4.5">RFC 7636 §4.5</seealso>
        public OAuthToken FetchToken(string code, string state = null)
        {
            return FetchTokenAsync(code, state).GetAwaiter().GetResult();
        }

        /// <summary>The asynchronous form of <see cref="FetchToken"/>.</summary>
        /// <example><code>
        /// OAuthToken token = await client.OAuthACG.FetchTokenAsync(code, state);
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3">RFC 6749 §4.1.3</seealso>
        public async Task<OAuthToken> FetchTokenAsync(string code, string state = null)
        {
            if (string.IsNullOrEmpty(code))
            {
                throw new ConfigurationException(
                    "FetchToken(code): the authorization code is empty; pass the code query parameter of the redirect");
            }
            string verifier;
            lock (verifiers)
            {
                int index = state != null ? verifiers.FindIndex(pending => pending.Key == state) : verifiers.Count - 1;
                if (index < 0 && state != null)
                {
                    throw new StateMismatchException(
                        "FetchToken(code, state): this state was not issued by BuildAuthorizationUrl() of this client, or was already used; the redirect may be forged");
                }
                verifier = index < 0 ? null : verifiers[index].Value;
                if (index >= 0)
                {
                    verifiers.RemoveAt(index);
                }
            }
            OAuthToken token = await RequestTokenAsync(
                new[]
                {
                    new KeyValuePair<string, string>("grant_type", "authorization_code"),
                    new KeyValuePair<string, string>("code", code),
                    new KeyValuePair<string, string>("redirect_uri", model.OAuthRedirectUri),
                    new KeyValuePair<string, string>("code_verifier", verifier),
                },
                "Exchanging the authorization code").ConfigureAwait(false);
            return Adopt(token);
        }

        internal override Task<OAuthToken> NewGrantAsync(Exception cause)
        {
            string reason = cause != null
                ? "its refresh token was rejected"
                : "there is no access token (or no refresh token to renew it)";
            var tcs = new TaskCompletionSource<OAuthToken>();
            tcs.SetException(new AuthorizationRequiredException(
                $"The authorization code grant needs the user's consent: {reason}. Send the user to BuildAuthorizationUrl(), then call FetchToken(code) and pass the token with OAuthToken(token).",
                cause));
            return tcs.Task;
        }
    }
}
