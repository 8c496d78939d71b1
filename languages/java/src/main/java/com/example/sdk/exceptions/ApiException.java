package com.example.sdk.exceptions;

import java.util.Map;

/**
 * The protected API answered with an error status (code {@code API_ERROR}). Carries the HTTP
 * status, headers and body, and the RFC 6750 error from the {@code WWW-Authenticate} challenge
 * (or the JSON body) when the server sent one, e.g. {@code invalid_token} or
 * {@code insufficient_scope}.
 *
 * <pre>{@code
 * try {
 *     client.getItemsController().createItem(new CreateItemRequest("Pen", 1));
 * } catch (ApiException e) {
 *     System.out.println(e.getResponseCode() + " " + e.getError());
 * }
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3.1">RFC 6750 §3.1</a>
 */
public class ApiException extends SdkException {
    private final int responseCode;
    private final Map<String, String> headers;
    private final String body;
    private final String error;
    private final String errorDescription;
    private final String scope;

    /**
     * @param message what failed (no token or secret in it)
     * @param responseCode HTTP status code
     * @param headers response headers, lower-case names
     * @param body raw response body
     * @param error RFC 6750 error code, or {@code null}
     * @param errorDescription human-readable explanation from the server, or {@code null}
     * @param scope scope the resource requires, or {@code null}
     */
    public ApiException(String message, int responseCode, Map<String, String> headers, String body,
            String error, String errorDescription, String scope) {
        super("API_ERROR", message, null);
        this.responseCode = responseCode;
        this.headers = Map.copyOf(headers);
        this.body = body;
        this.error = error;
        this.errorDescription = errorDescription;
        this.scope = scope;
    }

    /** HTTP status code of the response. */
    public int getResponseCode() {
        return responseCode;
    }

    /** Response headers, lower-case names. */
    public Map<String, String> getHeaders() {
        return headers;
    }

    /** Raw response body text (possibly not JSON). */
    public String getBody() {
        return body;
    }

    /** RFC 6750 error code ({@code invalid_token}, {@code insufficient_scope}, ...), or {@code null}. */
    public String getError() {
        return error;
    }

    /** Human-readable explanation sent by the server, or {@code null}. */
    public String getErrorDescription() {
        return errorDescription;
    }

    /** Scope the resource requires (RFC 6750 {@code scope} challenge attribute), or {@code null}. */
    public String getScope() {
        return scope;
    }
}
