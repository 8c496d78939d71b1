package com.example.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.sdk.authentication.AuthorizationCodeAuthModel;
import com.example.sdk.authentication.ClientCredentialsAuthModel;
import com.example.sdk.authentication.ResourceOwnerAuthModel;
import com.example.sdk.exceptions.ApiException;
import com.example.sdk.exceptions.AuthorizationRequiredException;
import com.example.sdk.exceptions.ConfigurationException;
import com.example.sdk.exceptions.OAuthProviderException;
import com.example.sdk.exceptions.StateMismatchException;
import com.example.sdk.http.ApiResponse;
import com.example.sdk.models.CreateItemRequest;
import com.example.sdk.models.Item;
import com.example.sdk.models.ItemList;
import com.example.sdk.models.OAuthScopeEnum;
import com.example.sdk.models.OAuthToken;
import com.example.sdk.utilities.SdkClock;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The SDK's behaviour against a scripted server that records every request. */
class SdkClientTest {
    private StubServer server;
    private final AtomicInteger issued = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        SdkClock.reset();
        server = new StubServer();
    }

    @AfterEach
    void stop() {
        server.close();
        SdkClock.reset();
    }

    private String tokenJson(long expiresIn, boolean withRefresh) {
        int n = issued.incrementAndGet();
        return "{\"access_token\":\"access-" + n + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
                + ",\"scope\":\"read\"" + (withRefresh ? ",\"refresh_token\":\"refresh-" + n + "\"" : "") + "}";
    }

    private SdkClient.Builder builder() {
        return new SdkClient.Builder().authServerUrl(server.url() + "/auth").apiBaseUrl(server.url() + "/api/v1");
    }

    private SdkClient clientCredentials(String secret) {
        return builder().clientCredentialsAuth(new ClientCredentialsAuthModel.Builder("docs client:%&+ 1", secret).build())
                .build();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        return fields;
    }

    @Test
    @DisplayName("sends the client id and secret form-encoded in HTTP Basic, never in the URL or the body")
    void basicClientAuthentication() {
        server.on("POST", "/auth/oauth2/token", request -> StubServer.Response.json(200, tokenJson(3600, false)));
        clientCredentials("s3cret with spaces:%&+=").getClientCredentialsAuth().fetchToken();

        StubServer.Request request = server.requestsTo("/auth/oauth2/token").get(0);
        String decoded = new String(Base64.getDecoder().decode(request.header("Authorization").substring(6)),
                StandardCharsets.UTF_8);
        assertEquals("docs+client%3A%25%26%2B+1:s3cret+with+spaces%3A%25%26%2B%3D", decoded);
        assertEquals(Map.of("grant_type", "client_credentials"), form(request.body()));
        assertNull(request.query());
        assertEquals("application/x-www-form-urlencoded", request.header("Content-Type"));
    }

    @Test
    @DisplayName("sets the expiry to receipt time plus expires_in minus a 30 second margin")
    void expiryMargin() {
        server.on("POST", "/auth/oauth2/token", request -> StubServer.Response.json(200, tokenJson(3600, false)));
        long before = SdkClock.nowMillis() / 1000;
        OAuthToken token = clientCredentials("secret").getClientCredentialsAuth().fetchToken();
        long after = SdkClock.nowMillis() / 1000;

        assertEquals(3600L, token.getExpiresIn());
        assertTrue(token.getExpiry() >= before + 3570 && token.getExpiry() <= after + 3570, "expiry " + token.getExpiry());
    }

    @Test
    @DisplayName("takes half the lifetime as the margin for tokens that live less than a minute")
    void shortLivedTokenMargin() {
        server.on("POST", "/auth/oauth2/token", request -> StubServer.Response.json(200, tokenJson(40, false)));
        long before = SdkClock.nowMillis() / 1000;
        OAuthToken token = clientCredentials("secret").getClientCredentialsAuth().fetchToken();

        assertTrue(token.getExpiry() >= before + 20 && token.getExpiry() <= before + 21, "expiry " + token.getExpiry());
    }

    @Test
    @DisplayName("counts a token as expired once the clock reaches its expiry")
    void expiryFollowsTheClock() {
        server.on("POST", "/auth/oauth2/token", request -> StubServer.Response.json(200, tokenJson(3600, false)));
        SdkClient client = clientCredentials("secret");
        assertTrue(client.getClientCredentialsAuth().isTokenExpired(), "no token counts as expired");
        client.getClientCredentialsAuth().fetchToken();
        assertFalse(client.getClientCredentialsAuth().isTokenExpired());

        SdkClock.advance(3570);
        assertTrue(client.getClientCredentialsAuth().isTokenExpired());
    }

    @Test
    @DisplayName("turns an RFC 6749 error response into OAuthProviderException with error, description and uri")
    void oauthProviderError() {
        server.on("POST", "/auth/oauth2/token", request -> StubServer.Response.json(401,
                "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\",\"error_uri\":\"https://example.com/e\"}"));
        OAuthProviderException error = assertThrows(OAuthProviderException.class,
                () -> clientCredentials("top-secret-value").getItemsController().listItems());

        assertEquals("OAUTH_PROVIDER_ERROR", error.getCode());
        assertEquals("invalid_client", error.getError());
        assertEquals("Client authentication failed", error.getErrorDescription());
        assertEquals("https://example.com/e", error.getErrorUri());
        assertEquals(401, error.getResponseCode());
        assertFalse(error.getMessage().contains("top-secret-value"), error.getMessage());
    }

    @Test
    @DisplayName("makes one token request for 20 concurrent calls without a token")
    void singleFlight() throws Exception {
        server.on("POST", "/auth/oauth2/token", request -> {
            Thread.sleep(300);
            return StubServer.Response.json(200, tokenJson(3600, false));
        });
        server.on("GET", "/api/v1/items", request -> StubServer.Response.json(200, "{\"items\":[]}"));
        SdkClient client = clientCredentials("secret");

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<ApiResponse<ItemList>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(pool.submit(() -> client.getItemsController().listItems()));
        }
        for (Future<ApiResponse<ItemList>> call : calls) {
            assertEquals(200, call.get().getStatusCode());
        }
        pool.shutdown();
        assertEquals(1, server.requestsTo("/auth/oauth2/token").size());
        assertEquals(20, server.requestsTo("/api/v1/items").size());
    }

    @Test
    @DisplayName("refreshes an expired token with its refresh token, and fetches a new one when the refresh answers invalid_grant")
    void refreshThenNewGrant() {
        AtomicInteger refreshes = new AtomicInteger();
        server.on("POST", "/auth/oauth2/token", request -> {
            if (form(request.body()).get("grant_type").equals("refresh_token") && refreshes.incrementAndGet() > 1) {
                return StubServer.Response.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"revoked\"}");
            }
            return StubServer.Response.json(200, tokenJson(3600, true));
        });
        server.on("GET", "/api/v1/me", request -> StubServer.Response.json(200, "{\"name\":\"Demo\",\"kind\":\"user\"}"));
        SdkClient client = builder().resourceOwnerAuth(
                new ResourceOwnerAuthModel.Builder("OAuthClientId", "OAuthClientSecret", "OAuthUsername", "OAuthPassword")
                        .build()).build();

        client.getUserController().getProfile();
        SdkClock.advance(3600);
        client.getUserController().getProfile();
        SdkClock.advance(3600);
        client.getUserController().getProfile();

        List<String> grants = server.requestsTo("/auth/oauth2/token").stream()
                .map(request -> form(request.body()).get("grant_type")).toList();
        assertEquals(List.of("password", "refresh_token", "refresh_token", "password"), grants);
        assertEquals("refresh-1", form(server.requestsTo("/auth/oauth2/token").get(1).body()).get("refresh_token"));
    }

    @Test
    @DisplayName("throws AuthorizationRequiredException before any request when the authorization code grant has no token")
    void authorizationRequired() {
        SdkClient client = builder().authorizationCodeAuth(new AuthorizationCodeAuthModel.Builder(
                "OAuthClientId", "OAuthClientSecret", "https://example.com/oauth/callback").build()).build();

        AuthorizationRequiredException error = assertThrows(AuthorizationRequiredException.class,
                () -> client.getUserController().getProfile());
        assertEquals("AUTHORIZATION_REQUIRED", error.getCode());
        assertTrue(server.requests.isEmpty());
    }

    @Test
    @DisplayName("renews the token and retries once when the API answers 401")
    void retriesOnceAfter401() {
        server.on("POST", "/auth/oauth2/token", request -> StubServer.Response.json(200, tokenJson(3600, false)));
        server.on("GET", "/api/v1/items", request -> request.header("Authorization").equals("Bearer access-1")
                ? new StubServer.Response(401, "", Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                : StubServer.Response.json(200, "{\"items\":[]}"));
        ApiResponse<ItemList> response = clientCredentials("secret").getItemsController().listItems();

        assertEquals(200, response.getStatusCode());
        assertEquals(2, server.requestsTo("/auth/oauth2/token").size());
    }

    @Test
    @DisplayName("raises ApiException with the RFC 6750 error of the WWW-Authenticate challenge")
    void apiError() {
        server.on("POST", "/auth/oauth2/token", request -> StubServer.Response.json(200, tokenJson(3600, false)));
        server.on("POST", "/api/v1/items", request -> new StubServer.Response(403, "{\"error\":\"insufficient_scope\"}",
                Map.of("WWW-Authenticate", "Bearer error=\"insufficient_scope\", error_description=\"needs write\", scope=\"write\"",
                        "Content-Type", "application/json")));
        ApiException error = assertThrows(ApiException.class,
                () -> clientCredentials("secret").getItemsController().createItem(new CreateItemRequest("Pen", 1)));

        assertEquals("API_ERROR", error.getCode());
        assertEquals(403, error.getResponseCode());
        assertEquals("insufficient_scope", error.getError());
        assertEquals("needs write", error.getErrorDescription());
        assertEquals("write", error.getScope());
        assertEquals("{\"name\":\"Pen\",\"quantity\":1}", server.requestsTo("/api/v1/items").get(0).body());
    }

    @Test
    @DisplayName("parses a created item from the API's JSON answer")
    void createItem() {
        server.on("POST", "/auth/oauth2/token", request -> StubServer.Response.json(200, tokenJson(3600, false)));
        server.on("POST", "/api/v1/items", request -> StubServer.Response.json(201,
                "{\"id\":\"item-3\",\"name\":\"Pen\",\"quantity\":2,\"createdAt\":\"2026-01-01T00:00:00Z\"}"));
        ApiResponse<Item> response = clientCredentials("secret").getItemsController().createItem(new CreateItemRequest("Pen", 2));

        assertEquals(201, response.getStatusCode());
        assertEquals("item-3", response.getResult().getId());
        assertEquals(2, response.getResult().getQuantity());
    }

    @Test
    @DisplayName("builds the authorization URL with the SDK's parameters first and additional ones after")
    void authorizationUrl() {
        SdkClient client = new SdkClient.Builder().authServerUrl("https://auth.example.com")
                .authorizationCodeAuth(new AuthorizationCodeAuthModel.Builder("OAuthClientId", "OAuthClientSecret",
                        "https://example.com/oauth/callback")
                        .oAuthScopes(List.of(OAuthScopeEnum.READ_SCOPE, OAuthScopeEnum.WRITE_SCOPE)).build())
                .build();
        String url = client.getAuthorizationCodeAuth().buildAuthorizationUrl("xyz", Map.of("prompt", "consent"));

        assertTrue(url.matches("https://auth\\.example\\.com/oauth2/authorize\\?response_type=code&client_id=OAuthClientId"
                + "&redirect_uri=https%3A%2F%2Fexample\\.com%2Foauth%2Fcallback&scope=read\\+write&state=xyz"
                + "&code_challenge=[A-Za-z0-9_-]{43}&code_challenge_method=S256&prompt=consent"), url);
        assertFalse(url.contains("OAuthClientSecret"));
    }

    @Test
    @DisplayName("refuses an additional authorization parameter that would replace one the SDK sets")
    void reservedAdditionalParameter() {
        SdkClient client = builder().authorizationCodeAuth(new AuthorizationCodeAuthModel.Builder(
                "OAuthClientId", "OAuthClientSecret", "https://example.com/oauth/callback").build()).build();
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> client.getAuthorizationCodeAuth().buildAuthorizationUrl("s", Map.of("redirect_uri", "https://evil.example")));
        assertEquals("CONFIGURATION_ERROR", error.getCode());
    }

    @Test
    @DisplayName("sends the PKCE verifier of the state in the redirect, and rejects a state it never issued")
    void pkceVerifierPerState() {
        server.on("POST", "/auth/oauth2/token", request -> StubServer.Response.json(200, tokenJson(3600, true)));
        SdkClient client = builder().authorizationCodeAuth(new AuthorizationCodeAuthModel.Builder(
                "OAuthClientId", "OAuthClientSecret", "https://example.com/oauth/callback").build()).build();
        String first = client.getAuthorizationCodeAuth().buildAuthorizationUrl("first", null);
        client.getAuthorizationCodeAuth().buildAuthorizationUrl("second", null);

        StateMismatchException error = assertThrows(StateMismatchException.class,
                () -> client.getAuthorizationCodeAuth().fetchToken("code", "forged"));
        assertEquals("STATE_MISMATCH", error.getCode());
        assertTrue(server.requests.isEmpty());

        client.getAuthorizationCodeAuth().fetchToken("code", "first");
        Map<String, String> sent = form(server.requestsTo("/auth/oauth2/token").get(0).body());
        String challenge = first.replaceAll(".*code_challenge=([^&]+).*", "$1");
        assertEquals(challenge, com.example.sdk.authentication.PkceAccess.challenge(sent.get("code_verifier")));
        assertEquals("authorization_code", sent.get("grant_type"));
        assertEquals("https://example.com/oauth/callback", sent.get("redirect_uri"));
    }

    @Test
    @DisplayName("calls the token provider when the token expires and the update callback for each new token")
    void callbacks() {
        server.on("POST", "/auth/oauth2/token", request -> StubServer.Response.json(200, tokenJson(3600, false)));
        server.on("GET", "/api/v1/items", request -> StubServer.Response.json(200, "{\"items\":[]}"));
        List<String> events = new ArrayList<>();
        SdkClient client = builder().clientCredentialsAuth(new ClientCredentialsAuthModel.Builder("id", "secret")
                .oAuthTokenProvider((last, manager) -> {
                    events.add("provide " + (last == null ? "none" : last.getAccessToken()));
                    return manager.fetchToken();
                })
                .oAuthOnTokenUpdate(token -> events.add("update " + token.getAccessToken()))
                .build()).build();

        client.getItemsController().listItems();
        client.getItemsController().listItems();
        SdkClock.advance(3600);
        client.getItemsController().listItems();

        assertEquals(List.of("provide none", "update access-1", "provide access-1", "update access-2"), events);
    }

    @Test
    @DisplayName("newBuilder keeps the credentials and adds the token; toString hides the secret and tokens")
    void newBuilderAndRedaction() {
        server.on("POST", "/auth/oauth2/token", request -> StubServer.Response.json(200, tokenJson(3600, true)));
        SdkClient client = builder().resourceOwnerAuth(new ResourceOwnerAuthModel.Builder(
                "OAuthClientId", "OAuthClientSecret", "OAuthUsername", "OAuthPassword").build()).build();
        OAuthToken token = client.getResourceOwnerAuth().fetchToken();
        SdkClient next = client.newBuilder()
                .resourceOwnerAuth(client.getResourceOwnerAuthModel().toBuilder().oAuthToken(token).build())
                .build();

        assertEquals("OAuthUsername", next.getResourceOwnerAuthModel().getOAuthUsername());
        assertFalse(next.getResourceOwnerAuth().isTokenExpired());
        assertNotNull(next.getResourceOwnerAuthModel().getOAuthToken());
        String shown = next.toString() + token;
        assertFalse(shown.contains("OAuthClientSecret") || shown.contains("access-1") || shown.contains("refresh-1"), shown);
    }

    @Test
    @DisplayName("names the missing option when a credentials model lacks a value")
    void missingOption() {
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> new ClientCredentialsAuthModel.Builder("OAuthClientId", "").build());
        assertEquals("CONFIGURATION_ERROR", error.getCode());
        assertTrue(error.getMessage().contains("oAuthClientSecret"), error.getMessage());
    }
}
