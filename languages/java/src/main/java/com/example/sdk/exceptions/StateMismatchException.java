package com.example.sdk.exceptions;

/**
 * {@code fetchToken(code, state)} got a state this client never issued, or one already used
 * (code {@code STATE_MISMATCH}): the redirect may be forged, so nothing is sent.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-10.12">RFC 6749 §10.12</a>
 */
public class StateMismatchException extends SdkException {
    /** @param message what did not match */
    public StateMismatchException(String message) {
        super("STATE_MISMATCH", message, null);
    }
}
