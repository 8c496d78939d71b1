package com.example.sdk.models;

import java.util.Objects;

/**
 * An access token as the SDK keeps it. Immutable and made of plain fields, so it can be stored
 * (with Gson, Jackson or your database's columns) and given back later as {@code oAuthToken}.
 *
 * <p>{@link #getExpiry()} is a Unix time in seconds computed when the token response was
 * received: receipt time + {@code expires_in} − a margin for clock skew and latency (30 seconds,
 * or half the lifetime for tokens that live less than a minute). A token whose expiry has passed
 * is treated as expired and renewed before the next call.
 *
 * <pre>{@code
 * OAuthToken token = client.getClientCredentialsAuth().fetchToken();
 * System.out.println("Expires in " + token.getExpiresIn() + " s");
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</a>
 */
public final class OAuthToken {
    private final String accessToken;
    private final String tokenType;
    private final Long expiresIn;
    private final Long expiry;
    private final String scope;
    private final String refreshToken;

    private OAuthToken(Builder builder) {
        this.accessToken = builder.accessToken;
        this.tokenType = builder.tokenType;
        this.expiresIn = builder.expiresIn;
        this.expiry = builder.expiry;
        this.scope = builder.scope;
        this.refreshToken = builder.refreshToken;
    }

    /** The access token ({@code access_token}). Treat it as a secret. */
    public String getAccessToken() {
        return accessToken;
    }

    /** Token type ({@code Bearer}). */
    public String getTokenType() {
        return tokenType;
    }

    /** Lifetime in seconds as sent by the server ({@code expires_in}), or {@code null}. */
    public Long getExpiresIn() {
        return expiresIn;
    }

    /**
     * Unix time (seconds) after which the SDK treats the token as expired, or {@code null} when
     * the server sent no lifetime (the token then never expires client-side).
     */
    public Long getExpiry() {
        return expiry;
    }

    /** Space-delimited scopes the token was granted ({@code scope}), or {@code null}. */
    public String getScope() {
        return scope;
    }

    /** Refresh token, when the grant issued one; treat it as a secret. Else {@code null}. */
    public String getRefreshToken() {
        return refreshToken;
    }

    /** A builder holding this token's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(accessToken, tokenType).expiresIn(expiresIn).expiry(expiry).scope(scope)
                .refreshToken(refreshToken);
    }

    /** Redacted: a token printed to a log must not be usable by whoever reads the log. */
    @Override
    public String toString() {
        return "OAuthToken{accessToken=[redacted], tokenType=" + tokenType + ", expiresIn=" + expiresIn
                + ", expiry=" + expiry + ", scope=" + scope + ", refreshToken="
                + (refreshToken == null ? "null" : "[redacted]") + "}";
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof OAuthToken)) {
            return false;
        }
        OAuthToken that = (OAuthToken) other;
        return accessToken.equals(that.accessToken) && Objects.equals(tokenType, that.tokenType)
                && Objects.equals(expiresIn, that.expiresIn) && Objects.equals(expiry, that.expiry)
                && Objects.equals(scope, that.scope) && Objects.equals(refreshToken, that.refreshToken);
    }

    @Override
    public int hashCode() {
        return accessToken.hashCode();
    }

    /**
     * Builds a token, e.g. from values your app stored.
     *
     * <pre>{@code
     * OAuthToken token = new OAuthToken.Builder(row.accessToken, "Bearer")
     *         .expiry(row.expiry)
     *         .refreshToken(row.refreshToken)
     *         .build();
     * }</pre>
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</a>
     */
    public static final class Builder {
        private final String accessToken;
        private final String tokenType;
        private Long expiresIn;
        private Long expiry;
        private String scope;
        private String refreshToken;

        /**
         * @param accessToken the access token
         * @param tokenType the token type, {@code Bearer}
         */
        public Builder(String accessToken, String tokenType) {
            this.accessToken = accessToken;
            this.tokenType = tokenType;
        }

        /** Lifetime in seconds as sent by the server. */
        public Builder expiresIn(Long expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /** Unix time (seconds) after which the token counts as expired. */
        public Builder expiry(Long expiry) {
            this.expiry = expiry;
            return this;
        }

        /** Space-delimited granted scopes. */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /** The refresh token. */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        /** The token; throws {@code IllegalArgumentException} without an access token. */
        public OAuthToken build() {
            if (accessToken == null || accessToken.isEmpty()) {
                throw new IllegalArgumentException("OAuthToken needs a non-empty access token");
            }
            return new OAuthToken(this);
        }
    }
}
