using System;
using System.Collections.Generic;
using System.Json;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;

namespace Sdk
{
    /// <summary>A response read once: status, headers (lower-case names), body text and, if it parsed, JSON.</summary>
    internal sealed class ReadResponse
    {
        private ReadResponse(int statusCode, IReadOnlyDictionary<string, string> headers, string body, JsonValue json)
        {
            StatusCode = statusCode;
            Headers = headers;
            Body = body;
            Json = json;
        }

        internal int StatusCode { get; }

        internal IReadOnlyDictionary<string, string> Headers { get; }

        internal string Body { get; }

        /// <summary>The body as JSON, or null when it is empty or not JSON.</summary>
        internal JsonValue Json { get; }

        internal bool IsSuccess
        {
            get { return StatusCode >= 200 && StatusCode <= 299; }
        }

        /// <summary>The string field <paramref name="name"/> of a JSON object body, or null.</summary>
        internal string Text(string name)
        {
            var obj = Json as JsonObject;
            JsonValue value;
            if (obj == null || !obj.TryGetValue(name, out value) || value == null || value.JsonType != JsonType.String)
            {
                return null;
            }
            return (string)value;
        }

        internal static async Task<ReadResponse> FromAsync(HttpResponseMessage response)
        {
            var headers = new Dictionary<string, string>();
            var all = response.Headers.AsEnumerable();
            if (response.Content != null)
            {
                all = all.Concat(response.Content.Headers);
            }
            foreach (var header in all)
            {
                headers[header.Key.ToLowerInvariant()] = string.Join(", ", header.Value);
            }
            string body = response.Content == null ? "" : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            JsonValue json = null;
            if (!string.IsNullOrWhiteSpace(body))
            {
                try
                {
                    json = JsonValue.Parse(body);
                }
                catch (Exception e) when (e is ArgumentException || e is FormatException || e is InvalidOperationException)
                {
                    json = null; // not JSON: callers decide whether that is an error
                }
            }
            return new ReadResponse((int)response.StatusCode, headers, body, json);
        }
    }
}
