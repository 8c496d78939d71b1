using System;
using System.Net.Http;

namespace Sandbox
{
    /// <summary>The mock OAuth server the helper talks to: <c>MOCK_SERVER_URL</c> and one HTTP client.</summary>
    internal static class MockServer
    {
        /// <summary>
        /// Redirects are the answer the browser needs (the callback URL), so they are never
        /// followed; cookies are not needed by the mock server.
        /// </summary>
        internal static readonly HttpClient Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

        /// <summary><c>MOCK_SERVER_URL</c> without a trailing slash; throws when it is not set.</summary>
        internal static string Url
        {
            get
            {
                string url = Environment.GetEnvironmentVariable("MOCK_SERVER_URL");
                if (string.IsNullOrEmpty(url))
                {
                    throw new SandboxException(
                        SandboxErrorCode.InvalidArgument,
                        "MOCK_SERVER_URL is not set: start `npm run mock-server` and export the variables it prints (MOCK_SERVER_URL, SDK_AUTH_SERVER_URL, SDK_API_BASE_URL)");
                }
                return url.TrimEnd('/');
            }
        }
    }
}
