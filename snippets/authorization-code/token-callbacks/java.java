import com.example.sandbox.Browser;
import com.example.sandbox.Clock;
import com.example.sdk.SdkClient;
import com.example.sdk.authentication.AuthorizationCodeAuthModel;
import com.example.sdk.exceptions.AuthorizationRequiredException;
import com.example.sdk.models.OAuthScopeEnum;
import com.example.sdk.models.OAuthToken;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public class AuthorizationCodeTokenCallbacks {
    // Stands in for your database or cache.
    private static OAuthToken savedToken;

    public static void main(String[] args) {
        SdkClient client = new SdkClient.Builder()
                .authorizationCodeAuth(new AuthorizationCodeAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret",
                        "https://example.com/oauth/callback")
                        .oAuthScopes(Arrays.asList(
                                OAuthScopeEnum.READ_SCOPE,
                                OAuthScopeEnum.WRITE_SCOPE))
                        // Called whenever the client has no token or its token has expired.
                        .oAuthTokenProvider((lastOAuthToken, authManager) -> {
                            if (savedToken != null && !authManager.isTokenExpired(savedToken)) {
                                return savedToken;
                            }
                            if (lastOAuthToken != null && lastOAuthToken.getRefreshToken() != null) {
                                System.out.println("Token expired: refreshing it");
                                return authManager.refreshToken();
                            }
                            // Nothing to refresh: only the user can authorize the app again.
                            throw new AuthorizationRequiredException("The user must sign in again");
                        })
                        // Called with every new token the client starts using: persist it here.
                        .oAuthOnTokenUpdate(token -> {
                            savedToken = token;
                            System.out.println("Saved token " + token.getAccessToken().substring(0, 8) + "…");
                        })
                        .build())
                .build();

        // The first token comes from the user's consent: exchanging the code triggers the update callback.
        OAuthToken token = client.getAuthorizationCodeAuth().fetchToken(getAuthCodeFromRedirectUri(client));
        client = client.newBuilder()
                .authorizationCodeAuth(client.getAuthorizationCodeAuthModel().toBuilder()
                        .oAuthToken(token)
                        .build())
                .build();
        client.getUserController().getProfile();

        // Demo only: move the sandbox clock an hour ahead so the token expires.
        Clock.advance(3600);
        client.getUserController().getProfile();
    }

    // Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
    // code from the redirect. Your app reads it from the request to its redirect URI.
    static String getAuthCodeFromRedirectUri(SdkClient client) {
        URI callbackUrl = Browser.authorize(client.getAuthorizationCodeAuth().buildAuthorizationUrl());
        return parseQuery(callbackUrl).get("code");
    }

    // Decodes a URL's query string (your web framework usually does this for you).
    static Map<String, String> parseQuery(URI url) {
        Map<String, String> query = new HashMap<>();
        for (String pair : url.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }
}
