using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;

namespace Sandbox
{
    /// <summary>
    /// Plays the user's browser for the authorization code grant: opens the authorization URL,
    /// answers the consent screen as <c>SANDBOX_CONSENT</c> says (<c>approve</c> or <c>deny</c>, set
    /// from the snippet's meta.json <c>run.consent</c>) and returns where the server redirects.
    /// </summary>
    /// <example><code>
    /// // Demo only: the sandbox plays the user's browser and approves the consent screen.
    /// Uri callbackUrl = Browser.Authorize(authUrl);
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2">RFC 6749 §4.1.2</seealso>
    public static class Browser
    {
        private static readonly HashSet<int> RedirectStatuses = new HashSet<int> { 301, 302, 303, 307, 308 };

        /// <summary>
        /// GETs <paramref name="authorizationUrl"/> without following redirects, posts the consent
        /// form with the decision and returns the redirect's <c>Location</c>: the callback URL with
        /// <c>code</c> and <c>state</c>, or with <c>error</c>. An error redirect without a consent
        /// screen is returned as is; an error page throws <see cref="SandboxException"/>.
        /// </summary>
        public static Uri Authorize(string authorizationUrl)
        {
            if (string.IsNullOrEmpty(authorizationUrl))
            {
                throw new SandboxException(
                    SandboxErrorCode.InvalidArgument,
                    "Browser.Authorize(url) got no URL: is OAuthACGCredentials configured on the client?");
            }
            var start = new Uri(authorizationUrl);
            string html;
            int status;
            using (HttpResponseMessage page = MockServer.Http.GetAsync(start).GetAwaiter().GetResult())
            {
                Uri early = RedirectTarget(page, start);
                if (early != null)
                {
                    return early; // an error redirect (e.g. invalid_scope) without a consent screen
                }
                html = page.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                status = (int)page.StatusCode;
                if (!page.IsSuccessStatusCode)
                {
                    throw ErrorPage(html, status, "the authorization request");
                }
            }
            ConsentPage form = ConsentPage.Parse(html);
            if (form == null || form.Action == "")
            {
                throw new SandboxException(
                    SandboxErrorCode.UnexpectedResponse,
                    $"The authorization URL answered HTTP {status} without a consent form",
                    status);
            }
            string decision = Environment.GetEnvironmentVariable("SANDBOX_CONSENT");
            if (string.IsNullOrEmpty(decision))
            {
                throw new SandboxException(
                    SandboxErrorCode.ConsentMissing,
                    "A consent screen needs an answer, but SANDBOX_CONSENT is not set: add \"run\": { \"consent\": \"approve\" } (or \"deny\") to the snippet's meta.json, or export SANDBOX_CONSENT=approve when running by hand");
            }
            if (decision != "approve" && decision != "deny")
            {
                throw new SandboxException(
                    SandboxErrorCode.InvalidArgument,
                    $"SANDBOX_CONSENT is \"{decision}\"; it must be approve or deny");
            }

            var fields = form.Fields.Where(field => field.Key != "decision").ToList();
            fields.Add(new KeyValuePair<string, string>("decision", decision));
            var action = new Uri(start, form.Action);
            var request = new HttpRequestMessage(new HttpMethod(form.Method), action)
            {
                Content = new FormUrlEncodedContent(fields),
            };
            using (HttpResponseMessage answer = MockServer.Http.SendAsync(request).GetAwaiter().GetResult())
            {
                Uri target = RedirectTarget(answer, action);
                if (target != null)
                {
                    return target;
                }
                status = (int)answer.StatusCode;
                string body = answer.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                if (!answer.IsSuccessStatusCode)
                {
                    throw ErrorPage(body, status, "the consent form");
                }
                throw new SandboxException(
                    SandboxErrorCode.UnexpectedResponse,
                    $"The consent form answered HTTP {status} instead of redirecting to the client",
                    status);
            }
        }

        private static Uri RedirectTarget(HttpResponseMessage response, Uri requested)
        {
            Uri location = response.Headers.Location;
            if (!RedirectStatuses.Contains((int)response.StatusCode) || location == null)
            {
                return null;
            }
            return location.IsAbsoluteUri ? location : new Uri(requested, location);
        }

        private static SandboxException ErrorPage(string html, int status, string step)
        {
            KeyValuePair<string, string> error = ConsentPage.ParseError(html);
            string code = error.Key == null ? "" : ", " + error.Key;
            return new SandboxException(
                SandboxErrorCode.AuthorizationErrorPage,
                $"The authorization server answered {step} with an error page (HTTP {status}{code}) instead of redirecting: {error.Value}",
                status,
                error.Key);
        }
    }
}
