using System.Collections.Generic;
using System.Linq;

namespace Sdk
{
    /// <summary>The space-delimited <c>scope</c> parameter of configured scopes (RFC 6749 §3.3).</summary>
    internal static class ScopeParameter
    {
        internal static string Of<TScope>(IEnumerable<TScope> scopes)
        {
            if (scopes == null || !scopes.Any())
            {
                return null; // the server's default scope
            }
            // ReadScope → read, WriteScope → write: the wire names are the member names without "Scope".
            return string.Join(" ", scopes.Select(scope => scope.ToString().Replace("Scope", "").ToLowerInvariant()).Distinct());
        }
    }
}
