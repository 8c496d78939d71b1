using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Sdk;

namespace SdkTests
{
    /// <summary>A request as the stub saw it.</summary>
    internal sealed class SeenRequest
    {
        internal HttpMethod Method;
        internal Uri Uri;
        internal string Authorization;
        internal string Body;
    }

    /// <summary>
    /// An in-process HTTP server stand-in: answers each request with <c>respond</c> and records it,
    /// so SDK behaviour can be tested without the mock server.
    /// </summary>
    internal sealed class StubServer : HttpMessageHandler
    {
        private readonly Func<SeenRequest, HttpResponseMessage> respond;
        private readonly List<SeenRequest> requests = new List<SeenRequest>();

        internal StubServer(Func<SeenRequest, HttpResponseMessage> respond)
        {
            this.respond = respond;
        }

        /// <summary>Delay before each answer, to make concurrent callers overlap.</summary>
        internal TimeSpan Delay = TimeSpan.Zero;

        internal List<SeenRequest> Requests
        {
            get { lock (requests) { return new List<SeenRequest>(requests); } }
        }

        internal static HttpResponseMessage Json(HttpStatusCode status, string json, string wwwAuthenticate = null)
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            if (wwwAuthenticate != null)
            {
                response.Headers.TryAddWithoutValidation("WWW-Authenticate", wwwAuthenticate);
            }
            return response;
        }

        internal static string TokenJson(string accessToken, long expiresIn = 3600, string refreshToken = null, string scope = "read")
        {
            return "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn +
                ",\"scope\":\"" + scope + "\"" + (refreshToken == null ? "" : ",\"refresh_token\":\"" + refreshToken + "\"") + "}";
        }

        /// <summary>A client whose requests all go to this stub.</summary>
        internal SdkClient.Builder Client()
        {
            return new SdkClient.Builder()
                .AuthServerUrl("https://auth.test")
                .ApiBaseUrl("https://api.test/v1")
                .HttpClient(new HttpClient(this));
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var seen = new SeenRequest
            {
                Method = request.Method,
                Uri = request.RequestUri,
                Authorization = request.Headers.Authorization == null ? null : request.Headers.Authorization.ToString(),
                Body = request.Content == null ? null : await request.Content.ReadAsStringAsync(),
            };
            lock (requests)
            {
                requests.Add(seen);
            }
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }
            return respond(seen);
        }
    }
}
