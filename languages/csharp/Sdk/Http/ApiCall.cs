using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Sdk
{
    /// <summary>
    /// Calls the protected API with a Bearer token in the Authorization header (RFC 6750 §2.1,
    /// never in the URL). On a 401 the token is renewed and the call retried once.
    /// </summary>
    internal sealed class ApiCall
    {
        private readonly HttpContext http;
        private readonly Func<OAuthManager> authManager;

        /// <param name="http">Base URLs and HTTP client.</param>
        /// <param name="authManager">The manager endpoint calls use; throws <see cref="ConfigurationException"/> when none is configured.</param>
        internal ApiCall(HttpContext http, Func<OAuthManager> authManager)
        {
            this.http = http;
            this.authManager = authManager;
        }

        internal async Task<ApiResponse<T>> SendAsync<T>(HttpMethod method, string path, string json = null)
        {
            OAuthManager manager = authManager();
            string url = HttpContext.Join(http.ApiBaseUrl, path);

            OAuthToken token = await manager.CurrentTokenAsync().ConfigureAwait(false);
            ReadResponse read = await SendOnceAsync(method, url, json, token).ConfigureAwait(false);
            if (read.StatusCode == 401)
            {
                token = await manager.RenewRejectedTokenAsync(token).ConfigureAwait(false);
                read = await SendOnceAsync(method, url, json, token).ConfigureAwait(false);
            }
            if (!read.IsSuccess)
            {
                string header;
                read.Headers.TryGetValue("www-authenticate", out header);
                var challenge = BearerChallenge.Parse(header);
                string error = Get(challenge, "error") ?? read.Text("error");
                string description = Get(challenge, "error_description") ?? read.Text("error_description");
                string reason = error == null ? "" : " (" + error + (description == null ? "" : ": " + description) + ")";
                throw new ApiException(
                    $"{method} {url} failed with HTTP {read.StatusCode}{reason}",
                    read.StatusCode, read.Headers, read.Body, error, description, Get(challenge, "scope"));
            }
            T data;
            try
            {
                data = string.IsNullOrEmpty(read.Body) ? default(T) : ApiHelper.JsonDeserialize<T>(read.Body);
            }
            catch (Exception e) when (e is System.Runtime.Serialization.SerializationException || e is FormatException || e is ArgumentException)
            {
                throw new InvalidResponseException(
                    $"{method} {url} answered HTTP {read.StatusCode} with a body that is not the expected JSON ({typeof(T).Name})",
                    read.StatusCode, read.Body);
            }
            return new ApiResponse<T>(read.StatusCode, read.Headers, data);
        }

        private async Task<ReadResponse> SendOnceAsync(HttpMethod method, string url, string json, OAuthToken token)
        {
            var request = new HttpRequestMessage(method, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (json != null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }
            using (HttpResponseMessage response = await http.HttpClient.SendAsync(request).ConfigureAwait(false))
            {
                return await ReadResponse.FromAsync(response).ConfigureAwait(false);
            }
        }

        private static string Get(System.Collections.Generic.Dictionary<string, string> values, string name)
        {
            string value;
            return values.TryGetValue(name, out value) ? value : null;
        }
    }
}
