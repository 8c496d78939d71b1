package com.example.sdk.authentication;

import com.example.sdk.exceptions.ConfigurationException;
import com.example.sdk.models.OAuthScopeEnum;
import com.example.sdk.models.OAuthToken;
import java.util.List;

/**
 * What the three credentials models share: client id and secret, scopes, a token obtained
 * earlier, and the token callbacks. Immutable; {@code toBuilder()} on a concrete model copies it.
 *
 * @param <M> the auth manager handed to the token provider
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1">RFC 6749 §2.3.1</a>
 */
public abstract class OAuthAuthModel<M extends OAuthManager> {
    private final String oAuthClientId;
    private final String oAuthClientSecret;
    private final List<OAuthScopeEnum> oAuthScopes;
    private final OAuthToken oAuthToken;
    private final OAuthTokenProvider<M> oAuthTokenProvider;
    private final OAuthOnTokenUpdate oAuthOnTokenUpdate;

    /** @param builder the values, validated here */
    protected OAuthAuthModel(AbstractBuilder<M, ?, ?> builder) {
        this.oAuthClientId = required(builder.oAuthClientId, "oAuthClientId");
        this.oAuthClientSecret = required(builder.oAuthClientSecret, "oAuthClientSecret");
        this.oAuthScopes = builder.oAuthScopes == null ? List.of() : List.copyOf(builder.oAuthScopes);
        this.oAuthToken = builder.oAuthToken;
        this.oAuthTokenProvider = builder.oAuthTokenProvider;
        this.oAuthOnTokenUpdate = builder.oAuthOnTokenUpdate;
    }

    /** Throws {@link ConfigurationException} naming {@code option} when {@code value} is null or empty. */
    protected final String required(String value, String option) {
        if (value == null || value.isEmpty()) {
            throw new ConfigurationException(getClass().getSimpleName() + "." + option
                    + " is missing or empty: set it to the value the authorization server issued");
        }
        return value;
    }

    /** Client identifier issued by the authorization server. */
    public String getOAuthClientId() {
        return oAuthClientId;
    }

    /** Client secret; sent only in the {@code Authorization: Basic} header of token requests. */
    public String getOAuthClientSecret() {
        return oAuthClientSecret;
    }

    /** Scopes to request; empty for the server's default. */
    public List<OAuthScopeEnum> getOAuthScopes() {
        return oAuthScopes;
    }

    /** The token to start with (e.g. loaded from storage), or {@code null}. */
    public OAuthToken getOAuthToken() {
        return oAuthToken;
    }

    /** The token provider, or {@code null}. */
    public OAuthTokenProvider<M> getOAuthTokenProvider() {
        return oAuthTokenProvider;
    }

    /** The token update callback, or {@code null}. */
    public OAuthOnTokenUpdate getOAuthOnTokenUpdate() {
        return oAuthOnTokenUpdate;
    }

    /** Redacted: ids and scopes are shown, the secret and tokens are not. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "{oAuthClientId=" + oAuthClientId
                + ", oAuthClientSecret=[redacted], oAuthScopes=" + oAuthScopes + ", oAuthToken="
                + (oAuthToken == null ? "null" : "[redacted]") + "}";
    }

    /**
     * The options every credentials builder shares.
     *
     * @param <M> the auth manager handed to the token provider
     * @param <T> the model built
     * @param <B> the concrete builder, returned by each option for chaining
     */
    public abstract static class AbstractBuilder<M extends OAuthManager, T extends OAuthAuthModel<M>,
            B extends AbstractBuilder<M, T, B>> {
        private String oAuthClientId;
        private String oAuthClientSecret;
        private List<OAuthScopeEnum> oAuthScopes;
        private OAuthToken oAuthToken;
        private OAuthTokenProvider<M> oAuthTokenProvider;
        private OAuthOnTokenUpdate oAuthOnTokenUpdate;

        /**
         * @param oAuthClientId client identifier
         * @param oAuthClientSecret client secret
         */
        protected AbstractBuilder(String oAuthClientId, String oAuthClientSecret) {
            this.oAuthClientId = oAuthClientId;
            this.oAuthClientSecret = oAuthClientSecret;
        }

        /** Copies the shared values of {@code model}. */
        protected AbstractBuilder(OAuthAuthModel<M> model) {
            this(model.oAuthClientId, model.oAuthClientSecret);
            this.oAuthScopes = model.oAuthScopes;
            this.oAuthToken = model.oAuthToken;
            this.oAuthTokenProvider = model.oAuthTokenProvider;
            this.oAuthOnTokenUpdate = model.oAuthOnTokenUpdate;
        }

        /** This builder, typed as the concrete builder. */
        protected abstract B self();

        /** Builds the model; throws {@link ConfigurationException} naming a missing value. */
        public abstract T build();

        /** Client identifier issued by the authorization server. */
        public B oAuthClientId(String oAuthClientId) {
            this.oAuthClientId = oAuthClientId;
            return self();
        }

        /** Client secret issued by the authorization server. */
        public B oAuthClientSecret(String oAuthClientSecret) {
            this.oAuthClientSecret = oAuthClientSecret;
            return self();
        }

        /**
         * Scopes to request (RFC 6749 §3.3). Not set: the server's default.
         *
         * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.3">RFC 6749 §3.3</a>
         */
        public B oAuthScopes(List<OAuthScopeEnum> oAuthScopes) {
            this.oAuthScopes = oAuthScopes;
            return self();
        }

        /** A token obtained earlier (e.g. loaded from storage); used until it expires. */
        public B oAuthToken(OAuthToken oAuthToken) {
            this.oAuthToken = oAuthToken;
            return self();
        }

        /** Called whenever the client has no token or its token has expired; see {@link OAuthTokenProvider}. */
        public B oAuthTokenProvider(OAuthTokenProvider<M> oAuthTokenProvider) {
            this.oAuthTokenProvider = oAuthTokenProvider;
            return self();
        }

        /** Called with every new token the client starts using; see {@link OAuthOnTokenUpdate}. */
        public B oAuthOnTokenUpdate(OAuthOnTokenUpdate oAuthOnTokenUpdate) {
            this.oAuthOnTokenUpdate = oAuthOnTokenUpdate;
            return self();
        }
    }
}
