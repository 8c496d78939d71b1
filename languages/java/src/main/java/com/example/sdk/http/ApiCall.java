package com.example.sdk.http;

import com.example.sdk.authentication.OAuthManager;
import com.example.sdk.exceptions.ApiException;
import com.example.sdk.exceptions.InvalidResponseException;
import com.example.sdk.models.OAuthToken;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls the protected API with a Bearer token in the Authorization header (RFC 6750 §2.1, never
 * in the URL). On a 401 the token is renewed and the call retried once. Used by the controllers.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</a>
 */
public final class ApiCall {
    private static final Gson GSON = new Gson();
    private static final Pattern CHALLENGE_PARAMETER = Pattern.compile("([A-Za-z_]+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final HttpContext http;
    private final Supplier<OAuthManager> authManager;

    /**
     * @param http where to send requests
     * @param authManager the manager whose token endpoint calls use (throws when none is configured)
     */
    public ApiCall(HttpContext http, Supplier<OAuthManager> authManager) {
        this.http = http;
        this.authManager = authManager;
    }

    /**
     * Sends {@code method path} (with {@code body} as JSON unless {@code null}) and parses the
     * answer into {@code resultType}. Throws {@link ApiException} for an error status.
     */
    public <T> ApiResponse<T> send(String method, String path, Object body, Class<T> resultType) {
        OAuthManager manager = authManager.get();
        String url = HttpContext.join(http.apiBaseUrl(), path);
        OAuthToken token = manager.currentToken();
        ReadResponse read = ReadResponse.send(http, request(method, url, body, token));
        if (read.statusCode() == 401) {
            token = manager.renewRejectedToken(token);
            read = ReadResponse.send(http, request(method, url, body, token));
        }
        if (!read.ok()) {
            Map<String, String> challenge = parseBearerChallenge(read.headers().get("www-authenticate"));
            String error = challenge.getOrDefault("error", read.text("error"));
            String description = challenge.getOrDefault("error_description", read.text("error_description"));
            String reason = error == null ? "" : " (" + error + (description == null ? "" : ": " + description) + ")";
            throw new ApiException(method + " " + url + " failed with HTTP " + read.statusCode() + reason,
                    read.statusCode(), read.headers(), read.body(), error, description, challenge.get("scope"));
        }
        T result;
        try {
            result = read.json() == null ? null : GSON.fromJson(read.json(), resultType);
        } catch (JsonParseException e) {
            result = null;
        }
        if (result == null && !read.body().isEmpty()) {
            throw new InvalidResponseException(method + " " + url + " answered HTTP " + read.statusCode()
                    + " with a body that is not the expected JSON", read.statusCode(), read.body());
        }
        return new ApiResponse<>(read.statusCode(), read.headers(), result);
    }

    private HttpRequest request(String method, String url, Object body, OAuthToken token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token.getAccessToken())
                .header("Accept", "application/json");
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(GSON.toJson(body))).build();
    }

    /** The attributes of a {@code WWW-Authenticate: Bearer ...} challenge (RFC 6750 §3). */
    static Map<String, String> parseBearerChallenge(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer", 0, 6)) {
            return Map.of();
        }
        Map<String, String> attributes = new java.util.HashMap<>();
        Matcher matcher = CHALLENGE_PARAMETER.matcher(header.substring(6));
        while (matcher.find()) {
            attributes.put(matcher.group(1).toLowerCase(), matcher.group(2).replaceAll("\\\\(.)", "$1"));
        }
        return attributes;
    }
}
