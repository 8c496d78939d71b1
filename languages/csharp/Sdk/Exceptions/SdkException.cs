using System;

namespace Sdk
{
    /// <summary>
    /// Base class of every exception the SDK throws. <see cref="Code"/> says what kind of failure
    /// it is; messages say what failed and how to fix it, and never contain a secret or a token.
    /// </summary>
    /// <example><code>
    /// try { client.ItemsController.ListItems(); }
    /// catch (SdkException e) { Console.WriteLine($"{e.Code}: {e.Message}"); }
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-5.2">RFC 6749 §5.2</seealso>
    public class SdkException : Exception
    {
        /// <summary>Creates an exception of the given kind.</summary>
        public SdkException(SdkErrorCode code, string message, Exception innerException = null)
            : base(message, innerException)
        {
            Code = code;
        }

        /// <summary>Stable machine-readable kind of the failure.</summary>
        public SdkErrorCode Code { get; }
    }
}
