package com.example.sdk.authentication;

import com.example.sdk.exceptions.OAuthProviderException;
import com.example.sdk.http.HttpContext;
import com.example.sdk.models.OAuthScopeEnum;
import com.example.sdk.models.OAuthToken;
import com.example.sdk.utilities.SdkClock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * What the three auth managers share: the current token, expiry checks, renewal (refresh token
 * first), the token callbacks, and one token request for concurrent callers.
 *
 * <p>One request for concurrent callers: while a token is being obtained for endpoint calls,
 * other threads wait on the same lock and then reuse that token, so 50 parallel calls without a
 * token cause exactly one token request.
 *
 * <pre>{@code
 * if (client.getResourceOwnerAuth().isTokenExpired()) {
 *     client.getResourceOwnerAuth().refreshToken();
 * }
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-1.5">RFC 6749 §1.5</a>
 */
public abstract class OAuthManager {
    private final HttpContext http;
    private final OAuthAuthModel<?> credentials;
    private final ReentrantLock obtaining = new ReentrantLock();
    private volatile OAuthToken token;
    /** Access token the API rejected with 401: treated as expired even if its expiry is ahead. */
    private volatile String rejected;

    OAuthManager(HttpContext http, OAuthAuthModel<?> credentials) {
        this.http = http;
        this.credentials = credentials;
        this.token = credentials.getOAuthToken();
    }

    /**
     * Whether the manager's current token is expired (no token at all counts as expired).
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</a>
     */
    public boolean isTokenExpired() {
        return isTokenExpired(token);
    }

    /**
     * Whether {@code token} is expired: its expiry (which already includes the clock-skew margin)
     * is now or in the past. {@code null} counts as expired; a token without expiry never expires
     * client-side.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</a>
     */
    public boolean isTokenExpired(OAuthToken token) {
        if (token == null) {
            return true;
        }
        return token.getExpiry() != null && SdkClock.nowMillis() >= token.getExpiry() * 1000;
    }

    /**
     * Gets a new access token with the current token's refresh token and makes it current. The
     * server rotates refresh tokens, so the old one stops working. Without a refresh token, the
     * client credentials and password managers fetch a new token with their credentials; the
     * authorization code manager throws {@code AuthorizationRequiredException}.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-6">RFC 6749 §6</a>
     */
    public OAuthToken refreshToken() {
        OAuthToken current = token;
        if (current == null || current.getRefreshToken() == null) {
            return newGrant(null);
        }
        return refreshWith(current.getRefreshToken());
    }

    /**
     * The token endpoint calls use: the current one while valid, otherwise one obtained once for
     * all concurrent callers (token provider if configured, else refresh token, else a new grant).
     * Used by the SDK's controllers.
     */
    public OAuthToken currentToken() {
        OAuthToken current = token;
        if (usable(current)) {
            return current;
        }
        obtaining.lock();
        try {
            current = token;
            return usable(current) ? current : obtain();
        } finally {
            obtaining.unlock();
        }
    }

    /**
     * After the API answered 401 for {@code used}: marks it unusable and gets another, once for
     * all callers. Used by the SDK's controllers.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3.1">RFC 6750 §3.1</a>
     */
    public OAuthToken renewRejectedToken(OAuthToken used) {
        obtaining.lock();
        try {
            OAuthToken current = token;
            if (current != null && current.getAccessToken().equals(used.getAccessToken())) {
                rejected = used.getAccessToken();
            }
            return currentToken();
        } finally {
            obtaining.unlock();
        }
    }

    /** Sends a token request with this manager's client credentials. */
    OAuthToken requestToken(Map<String, String> params, String context) {
        return TokenEndpoint.request(http, credentials, params, context);
    }

    /** The configured scopes as the space-delimited {@code scope} parameter, or {@code null}. */
    String scopeParameter() {
        return credentials.getOAuthScopes().isEmpty() ? null
                : credentials.getOAuthScopes().stream().map(OAuthScopeEnum::value).collect(Collectors.joining(" "));
    }

    HttpContext http() {
        return http;
    }

    /** Makes {@code next} current, calling {@code oAuthOnTokenUpdate} if it is a different token. */
    OAuthToken adopt(OAuthToken next) {
        OAuthToken previous = token;
        boolean changed = previous == null || !previous.getAccessToken().equals(next.getAccessToken());
        token = next;
        if (changed) {
            rejected = null;
            if (credentials.getOAuthOnTokenUpdate() != null) {
                credentials.getOAuthOnTokenUpdate().onTokenUpdate(next);
            }
        }
        return next;
    }

    /** A fresh grant, or a typed error if that needs a user; {@code cause} is the failed refresh. */
    abstract OAuthToken newGrant(Throwable cause);

    /** Asks the configured token provider, or answers {@code null} when there is none. */
    abstract OAuthToken fromProvider(OAuthToken lastOAuthToken);

    /** Parameters in insertion order (the wire order), skipping {@code null} values later. */
    static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    private boolean usable(OAuthToken candidate) {
        return candidate != null && !isTokenExpired(candidate) && !candidate.getAccessToken().equals(rejected);
    }

    private OAuthToken refreshWith(String refreshToken) {
        OAuthToken refreshed = requestToken(params("grant_type", "refresh_token", "refresh_token", refreshToken),
                "Refreshing the access token");
        // RFC 6749 §6: a server that does not rotate keeps the old refresh token valid.
        if (refreshed.getRefreshToken() == null) {
            refreshed = refreshed.toBuilder().refreshToken(refreshToken).build();
        }
        return adopt(refreshed);
    }

    private OAuthToken obtain() {
        if (credentials.getOAuthTokenProvider() != null) {
            return adopt(fromProvider(token));
        }
        OAuthToken current = token;
        if (current == null || current.getRefreshToken() == null) {
            return newGrant(null);
        }
        try {
            return refreshWith(current.getRefreshToken());
        } catch (OAuthProviderException e) {
            // A revoked, expired or rotated-away refresh token: start over with a new grant.
            if ("invalid_grant".equals(e.getError())) {
                return newGrant(e);
            }
            throw e;
        }
    }
}
