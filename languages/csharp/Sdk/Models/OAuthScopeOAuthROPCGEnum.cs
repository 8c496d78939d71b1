namespace Sdk
{
    /// <summary>
    /// Scopes the password grant can request (sent space-delimited as <c>scope</c>):
    /// <see cref="ReadScope"/> (<c>read</c>) and <see cref="WriteScope"/> (<c>write</c>).
    /// </summary>
    /// <example><code>
    /// new OAuthROPCGModel.Builder(/* credentials */)
    ///     .OAuthScopes(new List&lt;OAuthScopeOAuthROPCGEnum&gt; { OAuthScopeOAuthROPCGEnum.ReadScope })
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.3.2">RFC 6749 §4.3.2</seealso>
    public enum OAuthScopeOAuthROPCGEnum
    {
        /// <summary><c>read</c>: read the profile and the items.</summary>
        ReadScope,
        /// <summary><c>write</c>: create items.</summary>
        WriteScope,
    }
}
