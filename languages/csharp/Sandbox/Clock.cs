using System;
using System.Net.Http;
using System.Text;

namespace Sandbox
{
    /// <summary>
    /// The sandbox clock: moves "now" forward for both the mock server (<c>POST /__control/clock</c>)
    /// and the SDK, so tokens expire without waiting an hour.
    /// </summary>
    /// <example><code>
    /// // Demo only: move the sandbox clock an hour ahead so the token expires.
    /// Clock.Advance(3600);
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1 (expires_in)</seealso>
    public static class Clock
    {
        /// <summary>Moves the clock forward by <paramref name="seconds"/> (non-negative).</summary>
        public static void Advance(int seconds)
        {
            if (seconds < 0)
            {
                throw new SandboxException(
                    SandboxErrorCode.InvalidArgument,
                    $"Clock.Advance(seconds) needs a non-negative number of seconds, got {seconds}");
            }
            string url = MockServer.Url + "/__control/clock";
            var body = new StringContent("{\"advanceSeconds\": " + seconds + "}", Encoding.UTF8, "application/json");
            using (HttpResponseMessage response = MockServer.Http.PostAsync(url, body).GetAwaiter().GetResult())
            {
                if (!response.IsSuccessStatusCode)
                {
                    throw new SandboxException(
                        SandboxErrorCode.UnexpectedResponse,
                        $"POST {url} answered HTTP {(int)response.StatusCode}: is MOCK_SERVER_URL the mock server of `npm run mock-server`?",
                        (int)response.StatusCode);
                }
            }
            Sdk.SdkClock.Advance(TimeSpan.FromSeconds(seconds));
        }
    }
}
