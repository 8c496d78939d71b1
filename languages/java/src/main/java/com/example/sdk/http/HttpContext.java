package com.example.sdk.http;

import java.net.http.HttpClient;

/**
 * Where the SDK sends requests and with what: the two base URLs and the {@link HttpClient}.
 * Created by {@code SdkClient}; shared by its auth managers and controllers.
 *
 * @param authServerUrl authorization server base URL, without a trailing slash
 * @param apiBaseUrl protected API base URL, without a trailing slash
 * @param httpClient the client every request goes through (redirects never followed)
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3">RFC 6749 §3</a>
 */
public record HttpContext(String authServerUrl, String apiBaseUrl, HttpClient httpClient) {
    /** {@code base} + {@code path}, with exactly one slash between them. */
    public static String join(String base, String path) {
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return trimmed + (path.startsWith("/") ? path : "/" + path);
    }
}
