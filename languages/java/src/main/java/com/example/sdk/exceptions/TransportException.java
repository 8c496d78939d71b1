package com.example.sdk.exceptions;

/**
 * A request could not be sent or its answer not read (code {@code TRANSPORT_ERROR}): the server
 * is unreachable, the connection dropped, the thread was interrupted. The message names the
 * method and URL (which never carry a secret or token).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.2">RFC 6749 §3.2</a>
 */
public class TransportException extends SdkException {
    /**
     * @param message what could not be sent, and where
     * @param cause the I/O error
     */
    public TransportException(String message, Throwable cause) {
        super("TRANSPORT_ERROR", message, cause);
    }
}
