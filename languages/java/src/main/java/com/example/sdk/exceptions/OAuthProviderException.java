package com.example.sdk.exceptions;

import java.util.Map;

/**
 * The authorization server refused to issue a token (code {@code OAUTH_PROVIDER_ERROR}): the
 * RFC 6749 §5.2 error response, e.g. {@code invalid_client} (wrong client secret),
 * {@code invalid_grant} (wrong password, used authorization code, revoked refresh token).
 *
 * <pre>{@code
 * try {
 *     client.getResourceOwnerAuth().fetchToken();
 * } catch (OAuthProviderException e) {
 *     System.out.println(e.getError() + ": " + e.getErrorDescription());
 * }
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.2">RFC 6749 §5.2</a>
 */
public class OAuthProviderException extends SdkException {
    private final String error;
    private final String errorDescription;
    private final String errorUri;
    private final int responseCode;
    private final Map<String, String> headers;
    private final String body;

    /**
     * @param context what the SDK was doing, e.g. "Fetching a token with the password grant"
     * @param error RFC 6749 {@code error}
     * @param errorDescription RFC 6749 {@code error_description}, or {@code null}
     * @param errorUri RFC 6749 {@code error_uri}, or {@code null}
     * @param responseCode HTTP status of the token endpoint's answer
     * @param headers response headers, lower-case names
     * @param body raw response body
     */
    public OAuthProviderException(String context, String error, String errorDescription,
            String errorUri, int responseCode, Map<String, String> headers, String body) {
        super("OAUTH_PROVIDER_ERROR", context + " failed with " + error + " (HTTP " + responseCode + ")"
                + (errorDescription != null ? ": " + errorDescription : ""), null);
        this.error = error;
        this.errorDescription = errorDescription;
        this.errorUri = errorUri;
        this.responseCode = responseCode;
        this.headers = Map.copyOf(headers);
        this.body = body;
    }

    /** RFC 6749 §5.2 error code, e.g. {@code invalid_grant}. */
    public String getError() {
        return error;
    }

    /** Human-readable explanation from the server ({@code error_description}), or {@code null}. */
    public String getErrorDescription() {
        return errorDescription;
    }

    /** URI of a page about the error ({@code error_uri}), or {@code null}. */
    public String getErrorUri() {
        return errorUri;
    }

    /** HTTP status code of the token endpoint's answer (400, or 401 for {@code invalid_client}). */
    public int getResponseCode() {
        return responseCode;
    }

    /** Response headers, lower-case names. */
    public Map<String, String> getHeaders() {
        return headers;
    }

    /** Raw response body text. */
    public String getBody() {
        return body;
    }
}
