package com.example.sdk.authentication;

import com.example.sdk.models.OAuthToken;

/**
 * Supplies the token when the client has none or its token has expired; what it returns becomes
 * the client's current token. Without one, the SDK renews the token itself (refresh token first,
 * else a new grant).
 *
 * <pre>{@code
 * .oAuthTokenProvider((lastOAuthToken, authManager) -> {
 *     OAuthToken stored = loadTokenFromDatabase();
 *     return stored != null && !authManager.isTokenExpired(stored) ? stored : authManager.fetchToken();
 * })
 * }</pre>
 *
 * @param <M> the auth manager handed to the provider
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-1.5">RFC 6749 §1.5</a>
 */
@FunctionalInterface
public interface OAuthTokenProvider<M extends OAuthManager> {
    /**
     * @param lastOAuthToken the client's previous token ({@code null} if it had none)
     * @param authManager the manager, to fetch or refresh a token
     * @return the token to use from now on
     */
    OAuthToken provide(OAuthToken lastOAuthToken, M authManager);
}
