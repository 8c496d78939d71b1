using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;

namespace Sdk
{
    /// <summary>
    /// JSON conversion of the SDK's models (Mono's <see cref="DataContractJsonSerializer"/>), e.g.
    /// to store an <see cref="OAuthToken"/> and load it back later.
    /// </summary>
    /// <example><code>
    /// string json = ApiHelper.JsonSerialize(token);
    /// OAuthToken again = ApiHelper.JsonDeserialize&lt;OAuthToken&gt;(json);
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</seealso>
    public static class ApiHelper
    {
        /// <summary>The model as JSON text (field names as on the wire, e.g. <c>access_token</c>).</summary>
        public static string JsonSerialize<T>(T value)
        {
            using (var stream = new MemoryStream())
            {
                new DataContractJsonSerializer(typeof(T)).WriteObject(stream, value);
                return Encoding.UTF8.GetString(stream.ToArray());
            }
        }

        /// <summary>
        /// The model read from JSON text. Throws <see cref="SerializationException"/> when the text
        /// is not JSON of that shape.
        /// </summary>
        public static T JsonDeserialize<T>(string json)
        {
            using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(json)))
            {
                return (T)new DataContractJsonSerializer(typeof(T)).ReadObject(stream);
            }
        }
    }
}
