using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Sdk
{
    /// <summary>
    /// <c>application/x-www-form-urlencoded</c> encoding as browsers do it (space as <c>+</c>,
    /// only <c>*-._</c> and alphanumerics left as is), used for token request bodies, client
    /// credentials in the Basic header (RFC 6749 §2.3.1) and authorization URL queries.
    /// </summary>
    internal static class FormEncoding
    {
        /// <summary>One name or value, encoded.</summary>
        internal static string Encode(string value)
        {
            var builder = new StringBuilder();
            foreach (byte b in Encoding.UTF8.GetBytes(value ?? ""))
            {
                char c = (char)b;
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' || c == '-' || c == '.' || c == '_')
                {
                    builder.Append(c);
                }
                else if (c == ' ')
                {
                    builder.Append('+');
                }
                else
                {
                    builder.Append('%').Append(b.ToString("X2"));
                }
            }
            return builder.ToString();
        }

        /// <summary><c>name=value&amp;...</c> of the pairs whose value is not null, in order.</summary>
        internal static string Encode(IEnumerable<KeyValuePair<string, string>> pairs)
        {
            return string.Join("&", pairs.Where(pair => pair.Value != null).Select(pair => Encode(pair.Key) + "=" + Encode(pair.Value)));
        }
    }
}
