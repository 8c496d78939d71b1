package com.example.sdk.http;

import java.util.Map;

/**
 * What an endpoint call returns: the HTTP status, the response headers and the parsed body.
 *
 * <pre>{@code
 * ApiResponse<ItemList> response = client.getItemsController().listItems();
 * System.out.println(response.getStatusCode() + ": " + response.getResult().getItems().size());
 * }</pre>
 *
 * @param <T> the body's model type
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</a>
 */
public final class ApiResponse<T> {
    private final int statusCode;
    private final Map<String, String> headers;
    private final T result;

    /**
     * @param statusCode HTTP status code
     * @param headers response headers, lower-case names
     * @param result the parsed body
     */
    public ApiResponse(int statusCode, Map<String, String> headers, T result) {
        this.statusCode = statusCode;
        this.headers = Map.copyOf(headers);
        this.result = result;
    }

    /** HTTP status code, e.g. 200 or 201. */
    public int getStatusCode() {
        return statusCode;
    }

    /** Response headers, lower-case names. */
    public Map<String, String> getHeaders() {
        return headers;
    }

    /** The parsed response body. */
    public T getResult() {
        return result;
    }
}
