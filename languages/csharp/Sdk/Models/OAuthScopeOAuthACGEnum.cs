namespace Sdk
{
    /// <summary>
    /// Scopes the authorization code grant can request (sent space-delimited as <c>scope</c>):
    /// <see cref="ReadScope"/> (<c>read</c>) and <see cref="WriteScope"/> (<c>write</c>).
    /// </summary>
    /// <example><code>
    /// new OAuthACGModel.Builder(/* credentials */)
    ///     .OAuthScopes(new List&lt;OAuthScopeOAuthACGEnum&gt; { OAuthScopeOAuthACGEnum.ReadScope })
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1">RFC 6749 §4.1.1</seealso>
    public enum OAuthScopeOAuthACGEnum
    {
        /// <summary><c>read</c>: read the profile and the items.</summary>
        ReadScope,
        /// <summary><c>write</c>: create items.</summary>
        WriteScope,
    }
}
