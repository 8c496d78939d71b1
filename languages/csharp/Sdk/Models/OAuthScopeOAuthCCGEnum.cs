namespace Sdk
{
    /// <summary>
    /// Scopes the client credentials grant can request (sent space-delimited as <c>scope</c>):
    /// <see cref="ReadScope"/> (<c>read</c>) and <see cref="WriteScope"/> (<c>write</c>).
    /// </summary>
    /// <example><code>
    /// new OAuthCCGModel.Builder(/* credentials */)
    ///     .OAuthScopes(new List&lt;OAuthScopeOAuthCCGEnum&gt; { OAuthScopeOAuthCCGEnum.ReadScope })
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2">RFC 6749 §4.4.2</seealso>
    public enum OAuthScopeOAuthCCGEnum
    {
        /// <summary><c>read</c>: read the profile and the items.</summary>
        ReadScope,
        /// <summary><c>write</c>: create items.</summary>
        WriteScope,
    }
}
