package com.example.sdk.authentication;

import com.example.sdk.models.OAuthToken;

/**
 * Called with every new token the client starts using (fetched, refreshed or provided): the place
 * to persist it.
 *
 * <pre>{@code
 * .oAuthOnTokenUpdate(token -> saveTokenToDatabase(token))
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</a>
 */
@FunctionalInterface
public interface OAuthOnTokenUpdate {
    /** @param token the token the client uses from now on */
    void onTokenUpdate(OAuthToken token);
}
