using System.Collections.Generic;
using System.Net;
using System.Text.RegularExpressions;

namespace Sandbox
{
    /// <summary>
    /// Reads the mock server's pages: the consent form (action, method, hidden fields) and the
    /// error page (<c>&lt;p role="alert" data-error="..."&gt;</c>). The pages are the server's own,
    /// fixed markup, so attribute regexes suffice.
    /// </summary>
    internal sealed class ConsentPage
    {
        private static readonly Regex Attribute = new Regex("([^\\s=\"'<>/]+)\\s*=\\s*\"([^\"]*)\"");

        internal string Action;
        internal string Method;
        internal List<KeyValuePair<string, string>> Fields = new List<KeyValuePair<string, string>>();

        /// <summary>The page's consent form, or null when it has none.</summary>
        internal static ConsentPage Parse(string html)
        {
            Match form = Regex.Match(html, "<form\\b([^>]*)>", RegexOptions.IgnoreCase);
            if (!form.Success)
            {
                return null;
            }
            Dictionary<string, string> attributes = Attributes(form.Groups[1].Value);
            var page = new ConsentPage
            {
                Action = Get(attributes, "action") ?? "",
                Method = (Get(attributes, "method") ?? "get").ToUpperInvariant(),
            };
            foreach (Match input in Regex.Matches(html, "<input\\b([^>]*)>", RegexOptions.IgnoreCase))
            {
                Dictionary<string, string> field = Attributes(input.Groups[1].Value);
                if (Get(field, "type") == "hidden" && Get(field, "name") != null)
                {
                    page.Fields.Add(new KeyValuePair<string, string>(field["name"], Get(field, "value") ?? ""));
                }
            }
            return page;
        }

        /// <summary>The OAuth error code and message of an error page.</summary>
        internal static KeyValuePair<string, string> ParseError(string html)
        {
            Match alert = Regex.Match(html, "<p\\b([^>]*\\brole=\"alert\"[^>]*)>([\\s\\S]*?)</p>", RegexOptions.IgnoreCase);
            if (alert.Success)
            {
                string text = WebUtility.HtmlDecode(Regex.Replace(alert.Groups[2].Value, "<[^>]*>", "")).Trim();
                return new KeyValuePair<string, string>(Get(Attributes(alert.Groups[1].Value), "data-error"), text);
            }
            Match title = Regex.Match(html, "<title>([\\s\\S]*?)</title>", RegexOptions.IgnoreCase);
            return new KeyValuePair<string, string>(null, title.Success ? WebUtility.HtmlDecode(title.Groups[1].Value).Trim() : html.Substring(0, System.Math.Min(200, html.Length)));
        }

        private static Dictionary<string, string> Attributes(string text)
        {
            var result = new Dictionary<string, string>();
            foreach (Match match in Attribute.Matches(text))
            {
                result[match.Groups[1].Value.ToLowerInvariant()] = WebUtility.HtmlDecode(match.Groups[2].Value);
            }
            return result;
        }

        private static string Get(Dictionary<string, string> values, string name)
        {
            string value;
            return values.TryGetValue(name, out value) ? value : null;
        }
    }
}
