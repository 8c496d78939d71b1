using System.Runtime.Serialization;

namespace Sdk
{
    /// <summary>
    /// An access token as the SDK keeps it: plain data, serialisable to JSON with
    /// <see cref="ApiHelper.JsonSerialize"/> so it can be stored and handed back later with the
    /// credentials builder's <c>OAuthToken(token)</c>.
    /// <para>
    /// <see cref="Expiry"/> is a Unix time in seconds computed when the token response arrived:
    /// receipt time + <c>expires_in</c> − 30 s (half the lifetime for tokens shorter than a
    /// minute), so the SDK renews a token before the server starts rejecting it.
    /// </para>
    /// </summary>
    /// <example><code>
    /// OAuthToken token = client.OAuthCCG.FetchToken();
    /// Console.WriteLine($"Expires in {token.ExpiresIn} s, scopes {token.Scope}");
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</seealso>
    [DataContract]
    public sealed class OAuthToken
    {
        /// <summary>The access token (<c>access_token</c>). Treat it as a secret.</summary>
        [DataMember(Name = "access_token", Order = 0)]
        public string AccessToken { get; set; }

        /// <summary>Token type (<c>Bearer</c>).</summary>
        [DataMember(Name = "token_type", Order = 1)]
        public string TokenType { get; set; }

        /// <summary>Lifetime in seconds as the server sent it (<c>expires_in</c>), if it sent one.</summary>
        [DataMember(Name = "expires_in", Order = 2, EmitDefaultValue = false)]
        public long? ExpiresIn { get; set; }

        /// <summary>Unix time (seconds) from which the SDK treats the token as expired; see above.</summary>
        [DataMember(Name = "expiry", Order = 3, EmitDefaultValue = false)]
        public long? Expiry { get; set; }

        /// <summary>Space-delimited scopes the token was granted (<c>scope</c>).</summary>
        [DataMember(Name = "scope", Order = 4, EmitDefaultValue = false)]
        public string Scope { get; set; }

        /// <summary>Refresh token, when the grant issued one. Treat it as a secret.</summary>
        [DataMember(Name = "refresh_token", Order = 5, EmitDefaultValue = false)]
        public string RefreshToken { get; set; }

        /// <summary>A description without the token values, safe to log.</summary>
        public override string ToString()
        {
            return $"OAuthToken {{ TokenType = {TokenType}, ExpiresIn = {ExpiresIn}, Expiry = {Expiry}, Scope = {Scope}, RefreshToken = {(RefreshToken == null ? "none" : "[redacted]")} }}";
        }
    }
}
