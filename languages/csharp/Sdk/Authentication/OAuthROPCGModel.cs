using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Sdk
{
    /// <summary>
    /// Credentials for the resource owner password credentials grant, built with <see cref="Builder"/> and passed to
    /// <c>SdkClient.Builder.OAuthROPCGCredentials(...)</c>. Immutable: <see cref="ToBuilder"/> makes a
    /// changed copy (e.g. with a token). The secrets never appear in <see cref="ToString"/>.
    /// </summary>
    /// <example><code>
    /// SdkClient client = new SdkClient.Builder()
    ///     .OAuthROPCGCredentials(new OAuthROPCGModel.Builder("OAuthClientId", "OAuthClientSecret", "OAuthUsername", "OAuthPassword").Build())
    ///     .Build();
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.3">RFC 6749 §4.3</seealso>
    public sealed class OAuthROPCGModel
    {
        private OAuthROPCGModel(Builder builder)
        {
            OAuthClientId = builder.oAuthClientId;
            OAuthClientSecret = builder.oAuthClientSecret;
            OAuthUsername = builder.oAuthUsername;
            OAuthPassword = builder.oAuthPassword;
            OAuthScopes = builder.scopes == null ? null : new List<OAuthScopeOAuthROPCGEnum>(builder.scopes).AsReadOnly();
            OAuthToken = builder.token;
            OAuthTokenProvider = builder.tokenProvider;
            OAuthOnTokenUpdate = builder.onTokenUpdate;
        }

        /// <summary>Client identifier issued by the authorization server.</summary>
        public string OAuthClientId { get; }

        /// <summary>Client secret; sent only in the <c>Authorization: Basic</c> header of token requests.</summary>
        public string OAuthClientSecret { get; }

        /// <summary>The resource owner's username.</summary>
        public string OAuthUsername { get; }

        /// <summary>The resource owner's password; sent only in the token request body.</summary>
        public string OAuthPassword { get; }

        /// <summary>Scopes to request; null for the server's default (<c>read</c> on the demo server).</summary>
        public IReadOnlyList<OAuthScopeOAuthROPCGEnum> OAuthScopes { get; }

        /// <summary>A token obtained earlier (e.g. loaded from storage); used until it expires.</summary>
        public OAuthToken OAuthToken { get; }

        /// <summary>
        /// Called with the last token (null at first) and the auth manager whenever the client has
        /// no valid token; its result becomes the current token. Without it the SDK renews tokens itself.
        /// </summary>
        public Func<OAuthToken, ResourceOwnerAuthManager, Task<OAuthToken>> OAuthTokenProvider { get; }

        /// <summary>Called with every new token the client starts using (fetched, refreshed or provided).</summary>
        public Action<OAuthToken> OAuthOnTokenUpdate { get; }

        internal string ScopeParameter
        {
            get { return Sdk.ScopeParameter.Of(OAuthScopes); }
        }

        /// <summary>A builder holding this model's values, to change some of them.</summary>
        /// <example><code>
        /// OAuthROPCGModel withToken = client.OAuthROPCGModel.ToBuilder().OAuthToken(token).Build();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.3">RFC 6749 §4.3</seealso>
        public Builder ToBuilder()
        {
            var builder = new Builder(OAuthClientId, OAuthClientSecret, OAuthUsername, OAuthPassword);
            builder.scopes = OAuthScopes == null ? null : new List<OAuthScopeOAuthROPCGEnum>(OAuthScopes);
            builder.token = OAuthToken;
            builder.tokenProvider = OAuthTokenProvider;
            builder.onTokenUpdate = OAuthOnTokenUpdate;
            return builder;
        }

        /// <summary>A view safe to log: secrets and tokens are left out.</summary>
        public override string ToString()
        {
            return $"OAuthROPCGModel {{ OAuthClientId = {OAuthClientId}, OAuthUsername = {OAuthUsername}, OAuthClientSecret = [redacted], OAuthPassword = [redacted], OAuthToken = {(OAuthToken == null ? "none" : "[redacted]")} }}";
        }

        /// <summary>Builds a <see cref="OAuthROPCGModel"/>.</summary>
        /// <example><code>
        /// OAuthROPCGModel credentials = new OAuthROPCGModel.Builder("OAuthClientId", "OAuthClientSecret", "OAuthUsername", "OAuthPassword").Build();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.3">RFC 6749 §4.3</seealso>
        public sealed class Builder
        {
            internal string oAuthClientId;
            internal string oAuthClientSecret;
            internal string oAuthUsername;
            internal string oAuthPassword;
            internal List<OAuthScopeOAuthROPCGEnum> scopes;
            internal OAuthToken token;
            internal Func<OAuthToken, ResourceOwnerAuthManager, Task<OAuthToken>> tokenProvider;
            internal Action<OAuthToken> onTokenUpdate;

            /// <summary>Starts from the values the authorization server issued.</summary>
            public Builder(string oAuthClientId, string oAuthClientSecret, string oAuthUsername, string oAuthPassword)
            {
                this.oAuthClientId = oAuthClientId;
                this.oAuthClientSecret = oAuthClientSecret;
                this.oAuthUsername = oAuthUsername;
                this.oAuthPassword = oAuthPassword;
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
            public Builder OAuthUsername(string oAuthUsername)
            {
                this.oAuthUsername = oAuthUsername;
                return this;
            }

            /// <summary>Replaces the value given to the constructor.</summary>
            public Builder OAuthPassword(string oAuthPassword)
            {
                this.oAuthPassword = oAuthPassword;
                return this;
            }

            /// <summary>Scopes to request (space-delimited on the wire).</summary>
            public Builder OAuthScopes(List<OAuthScopeOAuthROPCGEnum> scopes)
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
            public Builder OAuthTokenProvider(Func<OAuthToken, ResourceOwnerAuthManager, Task<OAuthToken>> tokenProvider)
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
            public OAuthROPCGModel Build()
            {
                foreach (var value in new[] { new KeyValuePair<string, string>("oAuthClientId", this.oAuthClientId), new KeyValuePair<string, string>("oAuthClientSecret", this.oAuthClientSecret), new KeyValuePair<string, string>("oAuthUsername", this.oAuthUsername), new KeyValuePair<string, string>("oAuthPassword", this.oAuthPassword) })
                {
                    if (string.IsNullOrEmpty(value.Value))
                    {
                        throw new ConfigurationException(
                            $"OAuthROPCGModel.Builder: {value.Key} is missing or empty; pass the value the authorization server issued to new OAuthROPCGModel.Builder(...)");
                    }
                }
                return new OAuthROPCGModel(this);
            }
        }
    }
}
