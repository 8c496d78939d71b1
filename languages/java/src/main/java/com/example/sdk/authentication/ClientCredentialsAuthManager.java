package com.example.sdk.authentication;

import com.example.sdk.http.HttpContext;
import com.example.sdk.models.OAuthToken;

/**
 * Gets tokens with the client credentials grant: the client acts on its own behalf. Endpoint
 * calls fetch a token on first use and a new one when it expires (this grant issues no refresh
 * token). Available as {@code client.getClientCredentialsAuth()}.
 *
 * <pre>{@code
 * OAuthToken token = client.getClientCredentialsAuth().fetchToken();
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">RFC 6749 §4.4</a>
 */
public final class ClientCredentialsAuthManager extends OAuthManager {
    private final ClientCredentialsAuthModel credentials;

    /** Created by {@code SdkClient}; use {@code client.getClientCredentialsAuth()}. */
    public ClientCredentialsAuthManager(HttpContext http, ClientCredentialsAuthModel credentials) {
        super(http, credentials);
        this.credentials = credentials;
    }

    /**
     * Requests a new access token with the client's credentials (and the configured scopes),
     * makes it the manager's current token and returns it.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2">RFC 6749 §4.4.2</a>
     */
    public OAuthToken fetchToken() {
        return adopt(requestToken(params("grant_type", "client_credentials", "scope", scopeParameter()),
                "Fetching a token with the client credentials grant"));
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
