using System.Collections.Generic;

namespace Sdk
{
    /// <summary>
    /// The authorization server refused to issue a token: its RFC 6749 §5.2 error response, with
    /// <see cref="ApiException.Error"/> (<c>invalid_client</c>, <c>invalid_grant</c>, ...),
    /// <see cref="ApiException.ErrorDescription"/> and <see cref="ErrorUri"/>. It is an
    /// <see cref="ApiException"/> of the token endpoint, so catch it first.
    /// </summary>
    /// <example><code>
    /// try { client.OAuthCCG.FetchToken(); }
    /// catch (OAuthProviderException e) { Console.WriteLine($"{e.Error}: {e.ErrorDescription}"); }
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-5.2">RFC 6749 §5.2</seealso>
    public class OAuthProviderException : ApiException
    {
        /// <summary>Creates a token endpoint error (the SDK does; you rarely need to).</summary>
        public OAuthProviderException(
            string context,
            string error,
            string errorDescription,
            string errorUri,
            int responseCode,
            IReadOnlyDictionary<string, string> headers,
            string body)
            : base(
                SdkErrorCode.OAuthProviderError,
                $"{context} failed with {error} (HTTP {responseCode})" + (string.IsNullOrEmpty(errorDescription) ? "" : $": {errorDescription}"),
                responseCode,
                headers,
                body,
                error,
                errorDescription,
                null)
        {
            ErrorUri = errorUri;
        }

        /// <summary>URI of a page about the error (RFC 6749 <c>error_uri</c>), if the server sent one.</summary>
        public string ErrorUri { get; }
    }
}
