package com.example.sdk.authentication;

import com.example.sdk.http.HttpContext;
import com.example.sdk.models.OAuthToken;

/**
 * Gets tokens with the resource owner password credentials grant. Endpoint calls fetch a token
 * on first use; when it expires they use its refresh token, and fall back to a new password grant
 * if the refresh token is rejected with {@code invalid_grant}. Available as
 * {@code client.getResourceOwnerAuth()}.
 *
 * <pre>{@code
 * OAuthToken token = client.getResourceOwnerAuth().fetchToken();
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.3">RFC 6749 §4.3</a>
 */
public final class ResourceOwnerAuthManager extends OAuthManager {
    private final ResourceOwnerAuthModel credentials;

    /** Created by {@code SdkClient}; use {@code client.getResourceOwnerAuth()}. */
    public ResourceOwnerAuthManager(HttpContext http, ResourceOwnerAuthModel credentials) {
        super(http, credentials);
        this.credentials = credentials;
    }

    /**
     * Exchanges the configured username and password for an access token (with a refresh token),
     * makes it the manager's current token and returns it.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.3.2">RFC 6749 §4.3.2</a>
     */
    public OAuthToken fetchToken() {
        return adopt(requestToken(params("grant_type", "password", "username", credentials.getOAuthUsername(),
                "password", credentials.getOAuthPassword(), "scope", scopeParameter()),
                "Fetching a token with the password grant"));
    }

    @Override
    OAuthToken newGrant(Throwable cause) {
        return fetchToken();
    }

    @Override
    OAuthToken fromProvider(OAuthToken lastOAuthToken) {
        return credentials.getOAuthTokenProvider().provide(lastOAuthToken, this);
    }
}
