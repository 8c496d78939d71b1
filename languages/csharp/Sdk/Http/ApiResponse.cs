using System.Collections.Generic;

namespace Sdk
{
    /// <summary>A successful API call: status code, headers (lower-case names) and the parsed body.</summary>
    /// <typeparam name="T">Type of the parsed body.</typeparam>
    /// <example><code>
    /// ApiResponse&lt;UserProfile&gt; response = client.UserController.GetProfile();
    /// Console.WriteLine($"{response.StatusCode}: {response.Data.Name}");
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</seealso>
    public sealed class ApiResponse<T>
    {
        internal ApiResponse(int statusCode, IReadOnlyDictionary<string, string> headers, T data)
        {
            StatusCode = statusCode;
            Headers = headers;
            Data = data;
        }

        /// <summary>HTTP status code (2xx).</summary>
        public int StatusCode { get; }

        /// <summary>Response headers, lower-case names.</summary>
        public IReadOnlyDictionary<string, string> Headers { get; }

        /// <summary>The response body, parsed.</summary>
        public T Data { get; }
    }
}
