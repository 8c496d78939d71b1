using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Sdk
{
    /// <summary>
    /// Credentials for the client credentials grant, built with <see cref="Builder"/> and passed to
    /// <c>SdkClient.Builder.OAuthCCGCredentials(...)</c>. Immutable: <see cref="ToBuilder"/> makes a
    /// changed copy (e.g. with a token). The secret never appears in <see cref="ToString"/>.
    /// </summary>
    /// <example><code>
    /// SdkClient client = new SdkClient.Builder()
    ///     .OAuthCCGCredentials(new OAuthCCGModel.Builder("OAuthClientId", "OAuthClientSecret").Build())
    ///     .Build();
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">RFC 6749 §4.4</seealso>
    public sealed class OAuthCCGModel
    {
        private OAuthCCGModel(Builder builder)
        {
            OAuthClientId = builder.oAuthClientId;
            OAuthClientSecret = builder.oAuthClientSecret;
            OAuthScopes = builder.scopes == null ? null : new List<OAuthScopeOAuthCCGEnum>(builder.scopes).AsReadOnly();
            OAuthToken = builder.token;
            OAuthTokenProvider = builder.tokenProvider;
            OAuthOnTokenUpdate = builder.onTokenUpdate;
        }

        /// <summary>Client identifier issued by the authorization server.</summary>
        public string OAuthClientId { get; }

        /// <summary>Client secret; sent only in the <c>Authorization: Basic</c> header of token requests.</summary>
        public string OAuthClientSecret { get; }

        /// <summary>Scopes to request; null for the server's default (<c>read</c> on the demo server).</summary>
        public IReadOnlyList<OAuthScopeOAuthCCGEnum> OAuthScopes { get; }

        /// <summary>A token obtained earlier (e.g. loaded from storage); used until it expires.</summary>
        public OAuthToken OAuthToken { get; }

        /// <summary>
        /// Called with the last token (null at first) and the auth manager whenever the client has
        /// no valid token; its result becomes the current token. Without it the SDK renews tokens itself.
        /// </summary>
        public Func<OAuthToken, ClientCredentialsAuthManager, Task<OAuthToken>> OAuthTokenProvider { get; }

        /// <summary>Called with every new token the client starts using (fetched, refreshed or provided).</summary>
        public Action<OAuthToken> OAuthOnTokenUpdate { get; }

        internal string ScopeParameter
        {
            get { return Sdk.ScopeParameter.Of(OAuthScopes); }
        }

        /// <summary>A builder holding this model's values, to change some of them.</summary>
        /// <example><code>
        /// OAuthCCGModel withToken = client.OAuthCCGModel.ToBuilder().OAuthToken(token).Build();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">RFC 6749 §4.4</seealso>
        public Builder ToBuilder()
        {
            var builder = new Builder(OAuthClientId, OAuthClientSecret);
            builder.scopes = OAuthScopes == null ? null : new List<OAuthScopeOAuthCCGEnum>(OAuthScopes);
            builder.token = OAuthToken;
            builder.tokenProvider = OAuthTokenProvider;
            builder.onTokenUpdate = OAuthOnTokenUpdate;
            return builder;
        }

        /// <summary>A view safe to log: secrets and tokens are left out.</summary>
        public override string ToString()
        {
            return $"OAuthCCGModel {{ OAuthClientId = {OAuthClientId}, OAuthClientSecret = [redacted], OAuthToken = {(OAuthToken == null ? "none" : "[redacted]")} }}";
        }

        /// <summary>Builds a <see cref="OAuthCCGModel"/>.</summary>
        /// <example><code>
        /// OAuthCCGModel credentials = new OAuthCCGModel.Builder("OAuthClientId", "OAuthClientSecret").Build();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">RFC 6749 §4.4</seealso>
        public sealed class Builder
        {
            internal string oAuthClientId;
            internal string oAuthClientSecret;
            internal List<OAuthScopeOAuthCCGEnum> scopes;
            internal OAuthToken token;
            internal Func<OAuthToken, ClientCredentialsAuthManager, Task<OAuthToken>> tokenProvider;
            internal Action<OAuthToken> onTokenUpdate;

            /// <summary>Starts from the values the authorization server issued.</summary>
            public Builder(string oAuthClientId, string oAuthClientSecret)
            {
                this.oAuthClientId = oAuthClientId;
                this.oAuthClientSecret = oAuthClientSecret;
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

            /// <summary>Scopes to request (space-delimited on the wire).</summary>
            public Builder OAuthScopes(List<OAuthScopeOAuthCCGEnum> scopes)
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
            public Builder OAuthTokenProvider(Func<OAuthToken, ClientCredentialsAuthManager, Task<OAuthToken>> tokenProvider)
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
            public OAuthCCGModel Build()
            {
                foreach (var value in new[] { new KeyValuePair<string, string>("oAuthClientId", this.oAuthClientId), new KeyValuePair<string, string>("oAuthClientSecret", this.oAuthClientSecret) })
                {
                    if (string.IsNullOrEmpty(value.Value))
                    {
                        throw new ConfigurationException(
                            $"OAuthCCGModel.Builder: {value.Key} is missing or empty; pass the value the authorization server issued to new OAuthCCGModel.Builder(...)");
                    }
                }
                return new OAuthCCGModel(this);
            }
        }
    }
}
