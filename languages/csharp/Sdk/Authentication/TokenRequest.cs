using System;
using System.Collections.Generic;
using System.Json;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Sdk
{
    /// <summary>
    /// Sends a token request (RFC 6749 §3.2) and turns the answer into an <see cref="OAuthToken"/>
    /// or a typed exception. The client authenticates with HTTP Basic, id and secret form-encoded
    /// first (RFC 6749 §2.3.1), so neither ever appears in a URL or in the body.
    /// </summary>
    internal static class TokenRequest
    {
        /// <summary>
        /// Seconds taken off <c>expires_in</c> to absorb clock skew and latency (at most half the
        /// lifetime, so short-lived tokens stay usable).
        /// </summary>
        internal const long ClockSkewMarginSeconds = 30;

        internal static async Task<OAuthToken> SendAsync(
            HttpContext http,
            string clientId,
            string clientSecret,
            IList<KeyValuePair<string, string>> parameters,
            string context)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, HttpContext.Join(http.AuthServerUrl, "/oauth2/token"));
            string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(FormEncoding.Encode(clientId) + ":" + FormEncoding.Encode(clientSecret)));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            request.Content = new StringContent(FormEncoding.Encode(parameters), Encoding.UTF8, "application/x-www-form-urlencoded");
            // No charset parameter: some servers reject anything but the bare media type.
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

            ReadResponse read;
            using (HttpResponseMessage response = await http.HttpClient.SendAsync(request).ConfigureAwait(false))
            {
                read = await ReadResponse.FromAsync(response).ConfigureAwait(false);
            }
            long receivedAt = SdkClock.UtcNow.ToUnixTimeSeconds();

            if (!read.IsSuccess)
            {
                string error = read.Text("error");
                if (error != null)
                {
                    throw new OAuthProviderException(
                        context, error, read.Text("error_description"), read.Text("error_uri"), read.StatusCode, read.Headers, read.Body);
                }
                throw new ApiException(
                    $"{context} failed with HTTP {read.StatusCode} and a body that is not an OAuth error response (RFC 6749 §5.2)",
                    read.StatusCode, read.Headers, read.Body);
            }

            string accessToken = read.Text("access_token");
            string tokenType = read.Text("token_type");
            if (string.IsNullOrEmpty(accessToken) || tokenType == null)
            {
                throw new InvalidResponseException(
                    $"{context} answered HTTP {read.StatusCode} without a JSON access_token and token_type (RFC 6749 §5.1)",
                    read.StatusCode, read.Body);
            }
            if (!string.Equals(tokenType, "bearer", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidResponseException(
                    $"{context} issued a token of type \"{tokenType}\"; this SDK only sends Bearer tokens (RFC 6750)",
                    read.StatusCode, read.Body);
            }

            var token = new OAuthToken { AccessToken = accessToken, TokenType = "Bearer" };
            var body = (JsonObject)read.Json;
            JsonValue expiresIn;
            if (body.TryGetValue("expires_in", out expiresIn) && expiresIn != null && expiresIn.JsonType == JsonType.Number)
            {
                long seconds = (long)(double)expiresIn;
                token.ExpiresIn = seconds;
                token.Expiry = receivedAt + seconds - Math.Min(ClockSkewMarginSeconds, seconds / 2);
            }
            token.Scope = read.Text("scope");
            string refreshToken = read.Text("refresh_token");
            token.RefreshToken = string.IsNullOrEmpty(refreshToken) ? null : refreshToken;
            return token;
        }
    }
}
