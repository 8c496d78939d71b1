using System.Collections.Generic;

namespace Sdk
{
    /// <summary>
    /// A request answered with a non-2xx status. For the API, <see cref="Error"/>,
    /// <see cref="ErrorDescription"/> and <see cref="Scope"/> come from the RFC 6750
    /// <c>WWW-Authenticate: Bearer</c> challenge (or the JSON body), e.g. <c>insufficient_scope</c>.
    /// </summary>
    /// <example><code>
    /// catch (ApiException e) when (e.ResponseCode == 403) { Console.WriteLine($"Missing scope: {e.Scope}"); }
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6750#section-3.1">RFC 6750 §3.1</seealso>
    public class ApiException : SdkException
    {
        /// <summary>Creates an API error (the SDK does; you rarely need to).</summary>
        public ApiException(
            string message,
            int responseCode,
            IReadOnlyDictionary<string, string> headers,
            string body,
            string error = null,
            string errorDescription = null,
            string scope = null)
            : this(SdkErrorCode.ApiError, message, responseCode, headers, body, error, errorDescription, scope)
        {
        }

        /// <summary>For subclasses that report another <see cref="SdkErrorCode"/>.</summary>
        protected ApiException(
            SdkErrorCode code,
            string message,
            int responseCode,
            IReadOnlyDictionary<string, string> headers,
            string body,
            string error,
            string errorDescription,
            string scope)
            : base(code, message)
        {
            ResponseCode = responseCode;
            Headers = headers ?? new Dictionary<string, string>();
            Body = body ?? "";
            Error = error;
            ErrorDescription = errorDescription;
            Scope = scope;
        }

        /// <summary>HTTP status code of the response.</summary>
        public int ResponseCode { get; }

        /// <summary>Response headers, lower-case names.</summary>
        public IReadOnlyDictionary<string, string> Headers { get; }

        /// <summary>Raw response body (possibly not JSON).</summary>
        public string Body { get; }

        /// <summary>Error code sent by the server (<c>invalid_token</c>, <c>insufficient_scope</c>, ...), if any.</summary>
        public string Error { get; }

        /// <summary>Human-readable explanation sent by the server, if any.</summary>
        public string ErrorDescription { get; }

        /// <summary>Scope the resource requires (RFC 6750 <c>scope</c> attribute), if sent.</summary>
        public string Scope { get; }
    }
}
