package com.example.sdk.authentication;

import com.example.sdk.exceptions.ApiException;
import com.example.sdk.exceptions.InvalidResponseException;
import com.example.sdk.exceptions.OAuthProviderException;
import com.example.sdk.http.HttpContext;
import com.example.sdk.http.ReadResponse;
import com.example.sdk.models.OAuthToken;
import com.example.sdk.utilities.FormEncoding;
import com.example.sdk.utilities.SdkClock;
import com.google.gson.JsonElement;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Sends token requests (RFC 6749 §3.2) and turns the answers into {@link OAuthToken}s or typed
 * errors.
 */
final class TokenEndpoint {
    /**
     * Seconds taken off {@code expires_in} when computing {@link OAuthToken#getExpiry()}, to absorb
     * clock skew and latency; capped at half the lifetime so short-lived tokens stay usable.
     */
    static final long CLOCK_SKEW_MARGIN_SECONDS = 30;

    private TokenEndpoint() {
    }

    /**
     * POSTs {@code params} form-encoded to {@code <authServerUrl>/oauth2/token}. The client
     * authenticates with HTTP Basic, id and secret form-encoded first (RFC 6749 §2.3.1), so neither
     * is ever in a URL or in the body.
     *
     * @param context what the SDK is doing, for error messages
     */
    static OAuthToken request(HttpContext http, OAuthAuthModel<?> credentials, Map<String, String> params,
            String context) {
        String basic = Base64.getEncoder().encodeToString((FormEncoding.encode(credentials.getOAuthClientId())
                + ":" + FormEncoding.encode(credentials.getOAuthClientSecret())).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(HttpContext.join(http.authServerUrl(), "/oauth2/token")))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(FormEncoding.encode(params)))
                .build();
        ReadResponse read = ReadResponse.send(http, request);
        long receivedAtSeconds = Math.floorDiv(SdkClock.nowMillis(), 1000);

        if (!read.ok()) {
            String error = read.text("error");
            if (error != null) {
                throw new OAuthProviderException(context, error, read.text("error_description"),
                        read.text("error_uri"), read.statusCode(), read.headers(), read.body());
            }
            throw new ApiException(context + " failed with HTTP " + read.statusCode()
                    + " and a body that is not an OAuth error response", read.statusCode(), read.headers(),
                    read.body(), null, null, null);
        }

        String accessToken = read.text("access_token");
        String tokenType = read.text("token_type");
        if (accessToken == null || accessToken.isEmpty() || tokenType == null) {
            throw new InvalidResponseException(context + " answered HTTP " + read.statusCode()
                    + " without a JSON access_token and token_type (RFC 6749 §5.1)", read.statusCode(), read.body());
        }
        if (!tokenType.equalsIgnoreCase("bearer")) {
            throw new InvalidResponseException(context + " issued a token of type \"" + tokenType
                    + "\"; this SDK only sends Bearer tokens (RFC 6750)", read.statusCode(), read.body());
        }
        OAuthToken.Builder token = new OAuthToken.Builder(accessToken, "Bearer")
                .scope(read.text("scope"))
                .refreshToken(emptyToNull(read.text("refresh_token")));
        JsonElement expiresIn = read.object().get("expires_in");
        if (expiresIn != null && expiresIn.isJsonPrimitive() && expiresIn.getAsJsonPrimitive().isNumber()) {
            long seconds = expiresIn.getAsLong();
            long margin = Math.min(CLOCK_SKEW_MARGIN_SECONDS, seconds / 2);
            token.expiresIn(seconds).expiry(receivedAtSeconds + seconds - margin);
        }
        return token.build();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
