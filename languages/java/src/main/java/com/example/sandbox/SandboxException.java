package com.example.sandbox;

/**
 * Something the sandbox helper could not do (code as in the TypeScript sandbox):
 * {@code AUTHORIZATION_ERROR_PAGE} (the server answered an error page, not a redirect),
 * {@code CONSENT_NOT_SET} (a consent screen appeared and {@code SANDBOX_CONSENT} is unset),
 * {@code MOCK_SERVER_URL_MISSING}, {@code UNEXPECTED_RESPONSE}, {@code INVALID_ARGUMENT}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1">RFC 6749 §4.1.2.1</a>
 */
public class SandboxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    /**
     * @param code stable machine-readable code
     * @param message what failed and how to fix it
     */
    public SandboxException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable machine-readable code, e.g. {@code AUTHORIZATION_ERROR_PAGE}. */
    public String getCode() {
        return code;
    }
}
