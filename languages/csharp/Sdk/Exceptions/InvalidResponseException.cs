namespace Sdk
{
    /// <summary>
    /// A server answered 2xx with a body the SDK cannot use (not JSON, or a token response without
    /// <c>access_token</c> and <c>token_type</c>, or a token type other than Bearer).
    /// </summary>
    /// <example><code>
    /// catch (InvalidResponseException e) { Console.WriteLine($"HTTP {e.ResponseCode}: {e.Message}"); }
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</seealso>
    public class InvalidResponseException : SdkException
    {
        /// <summary>Creates the exception (the SDK does).</summary>
        public InvalidResponseException(string message, int responseCode, string body)
            : base(SdkErrorCode.InvalidResponse, message)
        {
            ResponseCode = responseCode;
            Body = body ?? "";
        }

        /// <summary>HTTP status code of the response.</summary>
        public int ResponseCode { get; }

        /// <summary>Raw response body.</summary>
        public string Body { get; }
    }
}
