package com.example.sdk.authentication;

/**
 * Credentials for the resource owner password credentials grant: the client's id and secret plus
 * the user's username and password.
 *
 * <pre>{@code
 * SdkClient client = new SdkClient.Builder()
 *         .resourceOwnerAuth(new ResourceOwnerAuthModel.Builder(
 *                 "OAuthClientId",
 *                 "OAuthClientSecret",
 *                 "OAuthUsername",
 *                 "OAuthPassword")
 *                 .build())
 *         .build();
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.3">RFC 6749 §4.3</a>
 */
public final class ResourceOwnerAuthModel extends OAuthAuthModel<ResourceOwnerAuthManager> {
    private final String oAuthUsername;
    private final String oAuthPassword;

    private ResourceOwnerAuthModel(Builder builder) {
        super(builder);
        this.oAuthUsername = required(builder.oAuthUsername, "oAuthUsername");
        this.oAuthPassword = required(builder.oAuthPassword, "oAuthPassword");
    }

    /** The resource owner's username. */
    public String getOAuthUsername() {
        return oAuthUsername;
    }

    /** The resource owner's password; sent only in the token request body. */
    public String getOAuthPassword() {
        return oAuthPassword;
    }

    /** A builder holding this model's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link ResourceOwnerAuthModel}.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.3.2">RFC 6749 §4.3.2</a>
     */
    public static final class Builder extends AbstractBuilder<ResourceOwnerAuthManager,
            ResourceOwnerAuthModel, Builder> {
        private String oAuthUsername;
        private String oAuthPassword;

        /**
         * @param oAuthClientId client identifier
         * @param oAuthClientSecret client secret
         * @param oAuthUsername the resource owner's username
         * @param oAuthPassword the resource owner's password
         */
        public Builder(String oAuthClientId, String oAuthClientSecret, String oAuthUsername,
                String oAuthPassword) {
            super(oAuthClientId, oAuthClientSecret);
            this.oAuthUsername = oAuthUsername;
            this.oAuthPassword = oAuthPassword;
        }

        private Builder(ResourceOwnerAuthModel model) {
            super(model);
            this.oAuthUsername = model.oAuthUsername;
            this.oAuthPassword = model.oAuthPassword;
        }

        /** The resource owner's username. */
        public Builder oAuthUsername(String oAuthUsername) {
            this.oAuthUsername = oAuthUsername;
            return this;
        }

        /** The resource owner's password. */
        public Builder oAuthPassword(String oAuthPassword) {
            this.oAuthPassword = oAuthPassword;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public ResourceOwnerAuthModel build() {
            return new ResourceOwnerAuthModel(this);
        }
    }
}
