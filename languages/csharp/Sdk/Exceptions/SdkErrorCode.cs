namespace Sdk
{
    /// <summary>
    /// Stable, machine-readable kind of every <see cref="SdkException"/>: branch on it rather than
    /// on the message, which may change between versions.
    /// </summary>
    /// <example><code>
    /// catch (SdkException e) when (e.Code == SdkErrorCode.AuthorizationRequired) { /* ask the user to sign in */ }
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-5.2">RFC 6749 §5.2</seealso>
    public enum SdkErrorCode
    {
        /// <summary>The API answered a non-2xx status (<see cref="ApiException"/>).</summary>
        ApiError,
        /// <summary>The token endpoint answered an RFC 6749 §5.2 error (<see cref="OAuthProviderException"/>).</summary>
        OAuthProviderError,
        /// <summary>The authorization code grant needs the user's consent first.</summary>
        AuthorizationRequired,
        /// <summary>The client was configured or called with invalid values.</summary>
        ConfigurationError,
        /// <summary>A server answered 2xx with a body the SDK cannot use.</summary>
        InvalidResponse,
        /// <summary>A redirect's state was not issued by this client.</summary>
        StateMismatch,
    }
}
