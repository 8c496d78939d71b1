using System;

namespace Sdk
{
    /// <summary>
    /// <c>FetchToken(code, state)</c> got a state this client never issued (or already used): the redirect may be forged, so nothing was sent.
    /// </summary>
    /// <example><code>
    /// catch (StateMismatchException) { Console.WriteLine("Ignoring a forged callback"); }
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-10.12">RFC 6749 §10.12</seealso>
    public class StateMismatchException : SdkException
    {
        /// <summary>Creates the exception with a message that says how to fix the problem.</summary>
        public StateMismatchException(string message, Exception innerException = null)
            : base(SdkErrorCode.StateMismatch, message, innerException)
        {
        }
    }
}
