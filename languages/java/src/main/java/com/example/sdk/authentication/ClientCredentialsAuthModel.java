package com.example.sdk.authentication;

/**
 * Credentials for the client credentials grant: the client acts on its own behalf.
 *
 * <pre>{@code
 * SdkClient client = new SdkClient.Builder()
 *         .clientCredentialsAuth(new ClientCredentialsAuthModel.Builder(
 *                 "OAuthClientId",
 *                 "OAuthClientSecret")
 *                 .build())
 *         .build();
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">RFC 6749 §4.4</a>
 */
public final class ClientCredentialsAuthModel extends OAuthAuthModel<ClientCredentialsAuthManager> {
    private ClientCredentialsAuthModel(Builder builder) {
        super(builder);
    }

    /** A builder holding this model's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link ClientCredentialsAuthModel}.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2">RFC 6749 §4.4.2</a>
     */
    public static final class Builder extends AbstractBuilder<ClientCredentialsAuthManager,
            ClientCredentialsAuthModel, Builder> {
        /**
         * @param oAuthClientId client identifier
         * @param oAuthClientSecret client secret
         */
        public Builder(String oAuthClientId, String oAuthClientSecret) {
            super(oAuthClientId, oAuthClientSecret);
        }

        private Builder(ClientCredentialsAuthModel model) {
            super(model);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public ClientCredentialsAuthModel build() {
            return new ClientCredentialsAuthModel(this);
        }
    }
}
