package com.example.sdk;

import com.example.sdk.authentication.AuthorizationCodeAuthManager;
import com.example.sdk.authentication.AuthorizationCodeAuthModel;
import com.example.sdk.authentication.ClientCredentialsAuthManager;
import com.example.sdk.authentication.ClientCredentialsAuthModel;
import com.example.sdk.authentication.OAuthManager;
import com.example.sdk.authentication.ResourceOwnerAuthManager;
import com.example.sdk.authentication.ResourceOwnerAuthModel;
import com.example.sdk.controllers.ItemsController;
import com.example.sdk.controllers.UserController;
import com.example.sdk.exceptions.ConfigurationException;
import com.example.sdk.http.ApiCall;
import com.example.sdk.http.HttpContext;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The SDK client: the configuration, one auth manager per configured credentials model, and the
 * API controllers. Immutable: {@link #newBuilder()} starts a new client from this one's
 * configuration.
 *
 * <p>Which token an endpoint call uses: the first configured model in the order authorization
 * code, resource owner, client credentials. Base URLs default to {@code https://auth.example.com}
 * and {@code https://api.example.com/v1}, or to the environment variables
 * {@code SDK_AUTH_SERVER_URL} and {@code SDK_API_BASE_URL} when set.
 *
 * <pre>{@code
 * SdkClient client = new SdkClient.Builder()
 *         .clientCredentialsAuth(new ClientCredentialsAuthModel.Builder(
 *                 "OAuthClientId",
 *                 "OAuthClientSecret")
 *                 .build())
 *         .build();
 * ItemList items = client.getItemsController().listItems().getResult();
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-1.2">RFC 6749 §1.2</a>
 */
public final class SdkClient {
    private static final String DEFAULT_AUTH_SERVER_URL = "https://auth.example.com";
    private static final String DEFAULT_API_BASE_URL = "https://api.example.com/v1";

    private final Builder config;
    private final ClientCredentialsAuthManager clientCredentialsAuth;
    private final ResourceOwnerAuthManager resourceOwnerAuth;
    private final AuthorizationCodeAuthManager authorizationCodeAuth;
    private final UserController userController;
    private final ItemsController itemsController;

    private SdkClient(Builder config) {
        this.config = config.copy();
        HttpContext http = new HttpContext(config.resolvedAuthServerUrl(), config.resolvedApiBaseUrl(),
                config.httpClient != null ? config.httpClient : DefaultHttpClient.INSTANCE);
        this.clientCredentialsAuth = config.clientCredentialsAuth == null ? null
                : new ClientCredentialsAuthManager(http, config.clientCredentialsAuth);
        this.resourceOwnerAuth = config.resourceOwnerAuth == null ? null
                : new ResourceOwnerAuthManager(http, config.resourceOwnerAuth);
        this.authorizationCodeAuth = config.authorizationCodeAuth == null ? null
                : new AuthorizationCodeAuthManager(http, config.authorizationCodeAuth);
        ApiCall api = new ApiCall(http, this::endpointAuthManager);
        this.userController = new UserController(api);
        this.itemsController = new ItemsController(api);
    }

    /**
     * The client credentials grant's manager, or {@code null} when no
     * {@link ClientCredentialsAuthModel} is configured.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">RFC 6749 §4.4</a>
     */
    public ClientCredentialsAuthManager getClientCredentialsAuth() {
        return clientCredentialsAuth;
    }

    /**
     * The password grant's manager, or {@code null} when no {@link ResourceOwnerAuthModel} is
     * configured.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.3">RFC 6749 §4.3</a>
     */
    public ResourceOwnerAuthManager getResourceOwnerAuth() {
        return resourceOwnerAuth;
    }

    /**
     * The authorization code grant's manager, or {@code null} when no
     * {@link AuthorizationCodeAuthModel} is configured.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1">RFC 6749 §4.1</a>
     */
    public AuthorizationCodeAuthManager getAuthorizationCodeAuth() {
        return authorizationCodeAuth;
    }

    /** The configured client credentials model, or {@code null}; {@code toBuilder()} it to change it. */
    public ClientCredentialsAuthModel getClientCredentialsAuthModel() {
        return config.clientCredentialsAuth;
    }

    /** The configured resource owner model, or {@code null}; {@code toBuilder()} it to change it. */
    public ResourceOwnerAuthModel getResourceOwnerAuthModel() {
        return config.resourceOwnerAuth;
    }

    /** The configured authorization code model, or {@code null}; {@code toBuilder()} it to change it. */
    public AuthorizationCodeAuthModel getAuthorizationCodeAuthModel() {
        return config.authorizationCodeAuth;
    }

    /**
     * Endpoints about the token's subject ({@code GET /me}).
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</a>
     */
    public UserController getUserController() {
        return userController;
    }

    /**
     * Endpoints of the items resource ({@code GET /items}, {@code POST /items}).
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</a>
     */
    public ItemsController getItemsController() {
        return itemsController;
    }

    /** The authorization server base URL this client uses. */
    public String getAuthServerUrl() {
        return config.resolvedAuthServerUrl();
    }

    /** The protected API base URL this client uses. */
    public String getApiBaseUrl() {
        return config.resolvedApiBaseUrl();
    }

    /**
     * A builder holding this client's configuration, to build a new client with changes (e.g. a
     * model with {@code oAuthToken(token)}). The new client starts from its configuration: tokens
     * this client obtained on its own are not carried over unless passed as {@code oAuthToken}.
     *
     * <pre>{@code
     * client = client.newBuilder()
     *         .resourceOwnerAuth(client.getResourceOwnerAuthModel().toBuilder()
     *                 .oAuthToken(token)
     *                 .build())
     *         .build();
     * }</pre>
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-7">RFC 6749 §7</a>
     */
    public Builder newBuilder() {
        return config.copy();
    }

    /** Redacted: URLs, ids and scopes are shown; secrets, passwords and tokens are not. */
    @Override
    public String toString() {
        return "SdkClient{authServerUrl=" + getAuthServerUrl() + ", apiBaseUrl=" + getApiBaseUrl()
                + ", clientCredentialsAuth=" + config.clientCredentialsAuth + ", resourceOwnerAuth="
                + config.resourceOwnerAuth + ", authorizationCodeAuth=" + config.authorizationCodeAuth + "}";
    }

    private OAuthManager endpointAuthManager() {
        OAuthManager manager = authorizationCodeAuth != null ? authorizationCodeAuth
                : resourceOwnerAuth != null ? resourceOwnerAuth : clientCredentialsAuth;
        if (manager == null) {
            throw new ConfigurationException("No OAuth credentials configured: pass clientCredentialsAuth(...), "
                    + "resourceOwnerAuth(...) or authorizationCodeAuth(...) to new SdkClient.Builder()");
        }
        return manager;
    }

    /** Created once: building an HttpClient starts threads, so every client shares this one. */
    private static final class DefaultHttpClient {
        // Redirects are never followed: a token or API request that redirects is an error to see,
        // and following one could carry credentials to another host.
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Configures an {@link SdkClient}.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-2.3">RFC 6749 §2.3</a>
     */
    public static final class Builder {
        private ClientCredentialsAuthModel clientCredentialsAuth;
        private ResourceOwnerAuthModel resourceOwnerAuth;
        private AuthorizationCodeAuthModel authorizationCodeAuth;
        private String authServerUrl;
        private String apiBaseUrl;
        private HttpClient httpClient;

        /** An empty configuration. */
        public Builder() {
        }

        /** Credentials for the client credentials grant. */
        public Builder clientCredentialsAuth(ClientCredentialsAuthModel model) {
            this.clientCredentialsAuth = model;
            return this;
        }

        /** Credentials for the resource owner password credentials grant. */
        public Builder resourceOwnerAuth(ResourceOwnerAuthModel model) {
            this.resourceOwnerAuth = model;
            return this;
        }

        /** Credentials for the authorization code grant. */
        public Builder authorizationCodeAuth(AuthorizationCodeAuthModel model) {
            this.authorizationCodeAuth = model;
            return this;
        }

        /** Authorization server base URL (default {@code SDK_AUTH_SERVER_URL} or {@code https://auth.example.com}). */
        public Builder authServerUrl(String authServerUrl) {
            this.authServerUrl = authServerUrl;
            return this;
        }

        /** Protected API base URL (default {@code SDK_API_BASE_URL} or {@code https://api.example.com/v1}). */
        public Builder apiBaseUrl(String apiBaseUrl) {
            this.apiBaseUrl = apiBaseUrl;
            return this;
        }

        /** The HTTP client to send requests with (e.g. with a proxy); it should not follow redirects. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /** The client. */
        public SdkClient build() {
            return new SdkClient(this);
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.clientCredentialsAuth = clientCredentialsAuth;
            copy.resourceOwnerAuth = resourceOwnerAuth;
            copy.authorizationCodeAuth = authorizationCodeAuth;
            copy.authServerUrl = authServerUrl;
            copy.apiBaseUrl = apiBaseUrl;
            copy.httpClient = httpClient;
            return copy;
        }

        private String resolvedAuthServerUrl() {
            return firstSet(authServerUrl, System.getenv("SDK_AUTH_SERVER_URL"), DEFAULT_AUTH_SERVER_URL);
        }

        private String resolvedApiBaseUrl() {
            return firstSet(apiBaseUrl, System.getenv("SDK_API_BASE_URL"), DEFAULT_API_BASE_URL);
        }

        private static String firstSet(String... values) {
            for (String value : values) {
                if (value != null && !value.isEmpty()) {
                    return value;
                }
            }
            throw new IllegalStateException("unreachable: the last value is a constant");
        }
    }
}
