using System.Net.Http;

namespace Sdk
{
    /// <summary>What every request needs: the HTTP client and the two base URLs.</summary>
    internal sealed class HttpContext
    {
        internal HttpContext(HttpClient httpClient, string authServerUrl, string apiBaseUrl)
        {
            HttpClient = httpClient;
            AuthServerUrl = authServerUrl;
            ApiBaseUrl = apiBaseUrl;
        }

        internal HttpClient HttpClient { get; }

        internal string AuthServerUrl { get; }

        internal string ApiBaseUrl { get; }

        /// <summary><c>base</c> + <c>path</c> with exactly one slash between them.</summary>
        internal static string Join(string baseUrl, string path)
        {
            return baseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
        }
    }
}
