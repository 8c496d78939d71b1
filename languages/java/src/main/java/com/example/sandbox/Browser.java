package com.example.sandbox;

import com.example.sdk.utilities.FormEncoding;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The sandbox's stand-in for the user's browser in the authorization code grant.
 *
 * <pre>{@code
 * URI callbackUrl = Browser.authorize(authUrl);
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1">RFC 6749 §4.1</a>
 */
public final class Browser {
    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);

    private Browser() {
    }

    /**
     * Opens the authorization URL (redirects not followed), answers the consent screen with the
     * decision in {@code SANDBOX_CONSENT} ({@code approve} or {@code deny}) and returns where the
     * server redirected: the redirect URI with {@code code} and {@code state}, or with
     * {@code error} (e.g. {@code access_denied}). An error redirect without a consent screen is
     * returned as is.
     *
     * @param url the authorization URL from {@code buildAuthorizationUrl}
     * @return the callback URL the browser would be sent to
     * @throws SandboxException {@code AUTHORIZATION_ERROR_PAGE} when the server answers an error
     *     page instead of redirecting; {@code CONSENT_NOT_SET} when a consent screen needs an answer
     *     and {@code SANDBOX_CONSENT} is unset
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2">RFC 6749 §4.1.2</a>
     */
    public static URI authorize(String url) {
        if (url == null || url.isEmpty()) {
            throw new SandboxException("INVALID_ARGUMENT",
                    "Browser.authorize(url) got no URL: is authorizationCodeAuth configured on the client?");
        }
        HttpResponse<String> page = MockServer.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
        URI early = redirectTarget(page, url);
        if (early != null) {
            return early; // an error redirect (e.g. invalid_scope) without a consent screen
        }
        if (page.statusCode() != 200) {
            throw errorPage(page, "the authorization request");
        }
        ConsentPage.Form form = ConsentPage.parseForm(page.body());
        if (form == null || form.action().isEmpty()) {
            throw new SandboxException("UNEXPECTED_RESPONSE",
                    "The authorization URL answered HTTP " + page.statusCode() + " without a consent form");
        }
        // Tests, which cannot set environment variables in Java, may use the system property instead.
        String decision = System.getenv().getOrDefault("SANDBOX_CONSENT", System.getProperty("sandbox.consent"));
        if (decision == null || decision.isEmpty()) {
            throw new SandboxException("CONSENT_NOT_SET", "A consent screen needs an answer, but SANDBOX_CONSENT is "
                    + "unset: add \"run\": {\"consent\": \"approve\"} (or \"deny\") to the snippet's meta.json, "
                    + "or set SANDBOX_CONSENT=approve|deny when running it by hand");
        }
        if (!decision.equals("approve") && !decision.equals("deny")) {
            throw new SandboxException("INVALID_ARGUMENT",
                    "SANDBOX_CONSENT is \"" + decision + "\"; it must be approve or deny");
        }

        StringJoiner body = new StringJoiner("&");
        for (Map.Entry<String, String> field : form.fields()) {
            if (!field.getKey().equals("decision")) {
                body.add(FormEncoding.encode(field.getKey()) + "=" + FormEncoding.encode(field.getValue()));
            }
        }
        body.add("decision=" + decision);
        URI action = MockServer.resolve(url, form.action());
        HttpResponse<String> answer = MockServer.send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(form.method(), HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
        URI target = redirectTarget(answer, action.toString());
        if (target != null) {
            return target;
        }
        if (answer.statusCode() != 200) {
            throw errorPage(answer, "the consent form");
        }
        throw new SandboxException("UNEXPECTED_RESPONSE",
                "The consent form answered HTTP " + answer.statusCode() + " instead of redirecting to the client");
    }

    private static URI redirectTarget(HttpResponse<String> response, String base) {
        String location = response.headers().firstValue("location").orElse(null);
        return REDIRECT_STATUSES.contains(response.statusCode()) && location != null
                ? MockServer.resolve(base, location) : null;
    }

    private static SandboxException errorPage(HttpResponse<String> response, String step) {
        String[] error = ConsentPage.parseError(response.body());
        return new SandboxException("AUTHORIZATION_ERROR_PAGE", "The authorization server answered " + step
                + " with an error page (HTTP " + response.statusCode() + (error[0] != null ? ", " + error[0] : "")
                + ") instead of redirecting: " + error[1]);
    }
}
