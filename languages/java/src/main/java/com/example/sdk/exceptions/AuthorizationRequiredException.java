package com.example.sdk.exceptions;

/**
 * The authorization code grant has no usable token (code {@code AUTHORIZATION_REQUIRED}): only
 * the user can authorize the app. Send them to {@code buildAuthorizationUrl()}, exchange the code
 * with {@code fetchToken(code)} and pass the token as {@code oAuthToken}. Thrown before any
 * request is sent.
 *
 * <pre>{@code
 * throw new AuthorizationRequiredException("The user must sign in again");
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1">RFC 6749 §4.1</a>
 */
public class AuthorizationRequiredException extends SdkException {
    /** @param message why a new authorization is needed and what to do */
    public AuthorizationRequiredException(String message) {
        super("AUTHORIZATION_REQUIRED", message, null);
    }

    /**
     * @param message why a new authorization is needed and what to do
     * @param cause the refresh failure that led here
     */
    public AuthorizationRequiredException(String message, Throwable cause) {
        super("AUTHORIZATION_REQUIRED", message, cause);
    }
}
