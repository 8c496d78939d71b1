using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Sdk
{
    /// <summary>
    /// The parameters of a <c>WWW-Authenticate: Bearer</c> challenge (RFC 6750 §3): <c>error</c>,
    /// <c>error_description</c>, <c>scope</c>, <c>realm</c>. Only token and quoted-string values.
    /// </summary>
    internal static class BearerChallenge
    {
        private static readonly Regex Bearer = new Regex(@"(?:^|,)\s*Bearer\b(.*)$", RegexOptions.IgnoreCase);
        private static readonly Regex Parameter = new Regex(@"([a-z_]+)\s*=\s*(?:""((?:[^""\\]|\\.)*)""|([^\s,]+))", RegexOptions.IgnoreCase);

        /// <summary>Parameter names (lower case) to values; empty when the header has no Bearer challenge.</summary>
        internal static Dictionary<string, string> Parse(string header)
        {
            var result = new Dictionary<string, string>();
            Match bearer = header == null ? Match.Empty : Bearer.Match(header);
            if (!bearer.Success)
            {
                return result;
            }
            foreach (Match match in Parameter.Matches(bearer.Groups[1].Value))
            {
                string name = match.Groups[1].Value.ToLowerInvariant();
                if (result.ContainsKey(name))
                {
                    continue;
                }
                result[name] = match.Groups[2].Success
                    ? Regex.Replace(match.Groups[2].Value, @"\\(.)", "$1")
                    : match.Groups[3].Value;
            }
            return result;
        }
    }
}
