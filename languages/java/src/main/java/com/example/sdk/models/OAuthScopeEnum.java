package com.example.sdk.models;

/**
 * Scopes the demo API defines: {@code read} allows {@code GET /me} and {@code GET /items};
 * {@code write} allows {@code POST /items}.
 *
 * <pre>{@code
 * new AuthorizationCodeAuthModel.Builder(id, secret, redirectUri)
 *         .oAuthScopes(Arrays.asList(OAuthScopeEnum.READ_SCOPE, OAuthScopeEnum.WRITE_SCOPE))
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.3">RFC 6749 §3.3</a>
 */
public enum OAuthScopeEnum {
    /** Read the user's profile and items. */
    READ_SCOPE("read"),
    /** Create items. */
    WRITE_SCOPE("write");

    private final String value;

    OAuthScopeEnum(String value) {
        this.value = value;
    }

    /** The scope as sent on the wire, e.g. {@code read}. */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
