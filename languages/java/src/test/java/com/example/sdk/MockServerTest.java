package com.example.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.example.sandbox.Browser;
import com.example.sandbox.Clock;
import com.example.sandbox.SandboxException;
import com.example.sdk.authentication.AuthorizationCodeAuthModel;
import com.example.sdk.authentication.ResourceOwnerAuthModel;
import com.example.sdk.exceptions.OAuthProviderException;
import com.example.sdk.models.OAuthScopeEnum;
import com.example.sdk.models.OAuthToken;
import com.example.sdk.models.UserProfile;
import com.example.sdk.utilities.SdkClock;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The SDK and the sandbox helper against the real mock OAuth server (`npm run mock-server`), when
 * MOCK_SERVER_URL names one; skipped otherwise.
 */
class MockServerTest {
    private static final String MOCK = System.getenv("MOCK_SERVER_URL");

    @BeforeEach
    void reset() throws Exception {
        assumeTrue(MOCK != null && !MOCK.isEmpty(), "MOCK_SERVER_URL is not set: start npm run mock-server");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(MOCK + "/__control/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        SdkClock.reset();
        System.clearProperty("sandbox.consent");
    }

    @AfterEach
    void clear() {
        SdkClock.reset();
        System.clearProperty("sandbox.consent");
    }

    private static SdkClient.Builder builder() {
        return new SdkClient.Builder().authServerUrl(MOCK + "/auth").apiBaseUrl(MOCK + "/api/v1");
    }

    private static SdkClient authorizationCodeClient(String redirectUri) {
        return builder().authorizationCodeAuth(new AuthorizationCodeAuthModel.Builder("OAuthClientId", "OAuthClientSecret",
                redirectUri).oAuthScopes(List.of(OAuthScopeEnum.READ_SCOPE, OAuthScopeEnum.WRITE_SCOPE)).build()).build();
    }

    private static Map<String, String> query(URI url) {
        Map<String, String> query = new HashMap<>();
        for (String pair : url.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        return query;
    }

    @Test
    @DisplayName("runs the authorization code grant end to end: consent, code exchange with PKCE, API call as the user")
    void authorizationCodeGrant() {
        System.setProperty("sandbox.consent", "approve");
        SdkClient client = authorizationCodeClient("https://example.com/oauth/callback");
        URI callback = Browser.authorize(client.getAuthorizationCodeAuth().buildAuthorizationUrl("state-1", null));
        Map<String, String> answer = query(callback);
        assertEquals("state-1", answer.get("state"));

        OAuthToken token = client.getAuthorizationCodeAuth().fetchToken(answer.get("code"), "state-1");
        assertEquals("read write", token.getScope());
        UserProfile profile = client.getUserController().getProfile().getResult();
        assertEquals("user", profile.getKind());
    }

    @Test
    @DisplayName("returns the access_denied redirect when the user denies consent")
    void consentDenied() {
        System.setProperty("sandbox.consent", "deny");
        SdkClient client = authorizationCodeClient("https://example.com/oauth/callback");
        Map<String, String> answer = query(Browser.authorize(client.getAuthorizationCodeAuth().buildAuthorizationUrl("s", null)));
        assertEquals("access_denied", answer.get("error"));
        assertEquals("s", answer.get("state"));
    }

    @Test
    @DisplayName("refuses to answer a consent screen when no decision is configured")
    void consentNotSet() {
        assumeTrue(System.getenv("SANDBOX_CONSENT") == null, "SANDBOX_CONSENT is set in this environment");
        SdkClient client = authorizationCodeClient("https://example.com/oauth/callback");
        SandboxException error = assertThrows(SandboxException.class,
                () -> Browser.authorize(client.getAuthorizationCodeAuth().buildAuthorizationUrl()));
        assertEquals("CONSENT_NOT_SET", error.getCode());
        assertTrue(error.getMessage().contains("meta.json"), error.getMessage());
    }

    @Test
    @DisplayName("raises AUTHORIZATION_ERROR_PAGE when the server rejects the redirect URI with an error page")
    void errorPage() {
        System.setProperty("sandbox.consent", "approve");
        SdkClient client = authorizationCodeClient("https://evil.example/callback");
        SandboxException error = assertThrows(SandboxException.class,
                () -> Browser.authorize(client.getAuthorizationCodeAuth().buildAuthorizationUrl()));
        assertEquals("AUTHORIZATION_ERROR_PAGE", error.getCode());
    }

    @Test
    @DisplayName("refreshes the token after the sandbox clock moves an hour, and the rotated-away refresh token answers invalid_grant")
    void clockAndRotation() {
        SdkClient client = builder().resourceOwnerAuth(new ResourceOwnerAuthModel.Builder(
                "OAuthClientId", "OAuthClientSecret", "OAuthUsername", "OAuthPassword").build()).build();
        OAuthToken first = client.getResourceOwnerAuth().fetchToken();

        Clock.advance(3600);
        assertTrue(client.getResourceOwnerAuth().isTokenExpired());
        assertEquals(200, client.getUserController().getProfile().getStatusCode());
        assertNotEquals(first.getAccessToken(), client.getResourceOwnerAuth().currentToken().getAccessToken());

        SdkClient stale = builder().resourceOwnerAuth(client.getResourceOwnerAuthModel().toBuilder().oAuthToken(first).build()).build();
        OAuthProviderException error = assertThrows(OAuthProviderException.class, () -> stale.getResourceOwnerAuth().refreshToken());
        assertEquals("invalid_grant", error.getError());
    }
}
