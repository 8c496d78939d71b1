package com.example.sdk.authentication;

/**
 * Credentials for the authorization code grant (with PKCE): the client's id and secret and the
 * redirect URI registered for it.
 *
 * <pre>{@code
 * SdkClient client = new SdkClient.Builder()
 *         .authorizationCodeAuth(new AuthorizationCodeAuthModel.Builder(
 *                 "OAuthClientId",
 *                 "OAuthClientSecret",
 *                 "https://example.com/oauth/callback")
 *                 .oAuthScopes(Arrays.asList(OAuthScopeEnum.READ_SCOPE, OAuthScopeEnum.WRITE_SCOPE))
 *                 .build())
 *         .build();
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1">RFC 6749 §4.1</a>
 */
public final class AuthorizationCodeAuthModel extends OAuthAuthModel<AuthorizationCodeAuthManager> {
    private final String oAuthRedirectUri;

    private AuthorizationCodeAuthModel(Builder builder) {
        super(builder);
        this.oAuthRedirectUri = required(builder.oAuthRedirectUri, "oAuthRedirectUri");
    }

    /** Redirect URI registered for the client; must match exactly. */
    public String getOAuthRedirectUri() {
        return oAuthRedirectUri;
    }

    /** A builder holding this model's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link AuthorizationCodeAuthModel}.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1">RFC 6749 §4.1.1</a>
     */
    public static final class Builder extends AbstractBuilder<AuthorizationCodeAuthManager,
            AuthorizationCodeAuthModel, Builder> {
        private String oAuthRedirectUri;

        /**
         * @param oAuthClientId client identifier
         * @param oAuthClientSecret client secret
         * @param oAuthRedirectUri redirect URI registered for the client
         */
        public Builder(String oAuthClientId, String oAuthClientSecret, String oAuthRedirectUri) {
            super(oAuthClientId, oAuthClientSecret);
            this.oAuthRedirectUri = oAuthRedirectUri;
        }

        private Builder(AuthorizationCodeAuthModel model) {
            super(model);
            this.oAuthRedirectUri = model.oAuthRedirectUri;
        }

        /** Redirect URI registered for the client. */
        public Builder oAuthRedirectUri(String oAuthRedirectUri) {
            this.oAuthRedirectUri = oAuthRedirectUri;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public AuthorizationCodeAuthModel build() {
            return new AuthorizationCodeAuthModel(this);
        }
    }
}
