package com.example.sdk.exceptions;

/**
 * A server answered with a success status but a body the SDK cannot use (code
 * {@code INVALID_RESPONSE}): a token response without {@code access_token}, a token type other
 * than Bearer, an API answer that is not JSON.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</a>
 */
public class InvalidResponseException extends SdkException {
    private final int responseCode;
    private final String body;

    /**
     * @param message what was wrong with the answer
     * @param responseCode HTTP status code
     * @param body raw response body
     */
    public InvalidResponseException(String message, int responseCode, String body) {
        super("INVALID_RESPONSE", message, null);
        this.responseCode = responseCode;
        this.body = body;
    }

    /** HTTP status code of the response. */
    public int getResponseCode() {
        return responseCode;
    }

    /** Raw response body text. */
    public String getBody() {
        return body;
    }
}
