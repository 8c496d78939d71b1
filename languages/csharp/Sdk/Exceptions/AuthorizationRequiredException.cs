using System;

namespace Sdk
{
    /// <summary>
    /// The authorization code grant has no usable token: send the user to <c>BuildAuthorizationUrl()</c>, exchange the code with <c>FetchToken(code)</c> and pass the token with <c>OAuthToken(token)</c>.
    /// </summary>
    /// <example><code>
    /// catch (AuthorizationRequiredException) { Console.WriteLine("Please sign in again"); }
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1">RFC 6749 §4.1</seealso>
    public class AuthorizationRequiredException : SdkException
    {
        /// <summary>Creates the exception with a message that says how to fix the problem.</summary>
        public AuthorizationRequiredException(string message, Exception innerException = null)
            : base(SdkErrorCode.AuthorizationRequired, message, innerException)
        {
        }
    }
}
