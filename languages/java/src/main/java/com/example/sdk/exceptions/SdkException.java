package com.example.sdk.exceptions;

/**
 * Base class of every error the SDK throws on purpose. Each subclass has a stable
 * {@link #getCode() code} that does not change between SDK versions, so callers can branch on it
 * instead of on the message.
 *
 * <p>Unchecked, so that token providers and callbacks (lambdas) can call the SDK without
 * wrapping: catch the subclasses you can handle.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.2">RFC 6749 §5.2</a>
 */
public class SdkException extends RuntimeException {
    private final String code;

    /**
     * @param code stable machine-readable code, e.g. {@code OAUTH_PROVIDER_ERROR}
     * @param message what failed, why, and how to fix it; never a secret or a token
     * @param cause the underlying error, or {@code null}
     */
    public SdkException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Stable machine-readable code, e.g. {@code API_ERROR} or {@code OAUTH_PROVIDER_ERROR}. */
    public String getCode() {
        return code;
    }
}
