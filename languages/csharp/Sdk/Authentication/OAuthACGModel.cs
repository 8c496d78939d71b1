using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Sdk
{
    /// <summary>
    /// Credentials for the authorization code grant (with PKCE), built with <see cref="Builder"/> and passed to
    /// <c>SdkClient.Builder.OAuthACGCredentials(...)</c>. Immutable: <see cref="ToBuilder"/> makes a
    /// changed copy (e.g. with a token). The secret never appears in <see cref="ToString"/>.
    /// </summary>
    /// <example><code>
    /// SdkClient client = new SdkClient.Builder()
    ///     .OAuthACGCredentials(new OAuthACGModel.Builder("OAuthClientId", "OAuthClientSecret", "https://example.com/oauth/callback").Build())
    ///     .Build();
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1">RFC 6749 §4.1</seealso>
    public sealed class OAuthACGModel
    {
        private OAuthACGModel(Builder builder)
        {
            OAuthClientId = builder.oAuthClientId;
            OAuthClientSecret = builder.oAuthClientSecret;
            OAuthRedirectUri = builder.oAuthRedirectUri;
            OAuthScopes = builder.scopes == null ? null : new List<OAuthScopeOAuthACGEnum>(builder.scopes).AsReadOnly();
            OAuthToken = builder.token;
            OAuthTokenProvider = builder.tokenProvider;
            OAuthOnTokenUpdate = builder.onTokenUpdate;
        }

        /// <summary>Client identifier issued by the authorization server.</summary>
        public string OAuthClientId { get; }

        /// <summary>Client secret; sent only in the <c>Authorization: Basic</c> header of token requests.</summary>
        public string OAuthClientSecret { get; }

        /// <summary>Redirect URI registered for the client; must match it exactly.</summary>
        public string OAuthRedirectUri { get; }

        /// <summary>Scopes to request; null for the server's default (<c>read</c> on the demo server).</summary>
        public IReadOnlyList<OAuthScopeOAuthACGEnum> OAuthScopes { get; }

        /// <summary>A token obtained earlier (e.g. loaded from storage); used until it expires.</summary>
        public OAuthToken OAuthToken { get; }

        /// <summary>
        /// Called with the last token (null at first) and the auth manager whenever the client has
        /// no valid token; its result becomes the current token. Without it the SDK renews tokens itself.
        /// </summary>
        public Func<OAuthToken, AuthorizationCodeAuthManager, Task<OAuthToken>> OAuthTokenProvider { get; }

        /// <summary>Called with every new token the client starts using (fetched, refreshed or provided).</summary>
        public Action<OAuthToken> OAuthOnTokenUpdate { get; }

        internal string ScopeParameter
        {
            get { return Sdk.ScopeParameter.Of(OAuthScopes); }
        }

        /// <summary>A builder holding this model's values, to change some of them.</summary>
        /// <example><code>
        /// OAuthACGModel withToken = client.OAuthACGModel.ToBuilder().OAuthToken(token).Build();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1">RFC 6749 §4.1</seealso>
        public Builder ToBuilder()
        {
            var builder = new Builder(OAuthClientId, OAuthClientSecret, OAuthRedirectUri);
            builder.scopes = OAuthScopes == null ? null : new List<OAuthScopeOAuthACGEnum>(OAuthScopes);
            builder.token = OAuthToken;
            builder.tokenProvider = OAuthTokenProvider;
            builder.onTokenUpdate = OAuthOnTokenUpdate;
            return builder;
        }

        /// <summary>A view safe to log: secrets and tokens are left out.</summary>
        public override string ToString()
        {
            return $"OAuthACGModel {{ OAuthClientId = {OAuthClientId}, OAuthRedirectUri = {OAuthRedirectUri}, OAuthClientSecret = [redacted], OAuthToken = {(OAuthToken == null ? "none" : "[redacted]")} }}";
        }

        /// <summary>Builds a <see cref="OAuthACGModel"/>.</summary>
        /// <example><code>
        /// OAuthACGModel credentials = new OAuthACGModel.Builder("OAuthClientId", "OAuthClientSecret", "https://example.com/oauth/callback").Build();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1">RFC 6749 §4.1</seealso>
        public sealed class Builder
        {
            internal string oAuthClientId;
            internal string oAuthClientSecret;
            internal string oAuthRedirectUri;
            internal List<OAuthScopeOAuthACGEnum> scopes;
            internal OAuthToken token;
            internal Func<OAuthToken, AuthorizationCodeAuthManager, Task<OAuthToken>> tokenProvider;
            internal Action<OAuthToken> onTokenUpdate;

            /// <summary>Starts from the values the authorization server issued.</summary>
            public Builder(string oAuthClientId, string oAuthClientSecret, string oAuthRedirectUri)
            {
                this.oAuthClientId = oAuthClientId;
                this.oAuthClientSecret = oAuthClientSecret;
                this.oAuthRedirectUri = oAuthRedirectUri;
            }

            /// <summary>Replaces the value given to the constructor.</summary>
            public Builder OAuthClientId(string oAuthClientId)
            {
                this.oAuthClientId = oAuthClientId;
                return this;
            }

            /// <summary>Replaces the value given to the constructor.</summary>
            public Builder OAuthClientSecret(string oAuthClientSecret)
            {
                this.oAuthClientSecret = oAuthClientSecret;
                return this;
            }

            /// <summary>Replaces the value given to the constructor.</summary>
            public Builder OAuthRedirectUri(string oAuthRedirectUri)
            {
                this.oAuthRedirectUri = oAuthRedirectUri;
                return this;
            }

            /// <summary>Scopes to request (space-delimited on the wire).</summary>
            public Builder OAuthScopes(List<OAuthScopeOAuthACGEnum> scopes)
            {
                this.scopes = scopes;
                return this;
            }

            /// <summary>A token obtained earlier; the client sends it until it expires.</summary>
            public Builder OAuthToken(OAuthToken token)
            {
                this.token = token;
                return this;
            }

            /// <summary>Supplies tokens whenever the client has none or its token has expired.</summary>
            public Builder OAuthTokenProvider(Func<OAuthToken, AuthorizationCodeAuthManager, Task<OAuthToken>> tokenProvider)
            {
                this.tokenProvider = tokenProvider;
                return this;
            }

            /// <summary>Called with every new token, e.g. to save it.</summary>
            public Builder OAuthOnTokenUpdate(Action<OAuthToken> onTokenUpdate)
            {
                this.onTokenUpdate = onTokenUpdate;
                return this;
            }

            /// <summary>
            /// The model. Throws <see cref="ConfigurationException"/> naming a missing or empty value.
            /// </summary>
            public OAuthACGModel Build()
            {
                foreach (var value in new[] { new KeyValuePair<string, string>("oAuthClientId", this.oAuthClientId), new KeyValuePair<string, string>("oAuthClientSecret", this.oAuthClientSecret), new KeyValuePair<string, string>("oAuthRedirectUri", this.oAuthRedirectUri) })
                {
                    if (string.IsNullOrEmpty(value.Value))
                    {
                        throw new ConfigurationException(
                            $"OAuthACGModel.Builder: {value.Key} is missing or empty; pass the value the authorization server issued to new OAuthACGModel.Builder(...)");
                    }
                }
                return new OAuthACGModel(this);
            }
        }
    }
}
