import com.example.sandbox.Browser;
import com.example.sandbox.Clock;
import com.example.sdk.SdkClient;
import com.example.sdk.authentication.AuthorizationCodeAuthModel;
import com.example.sdk.models.OAuthScopeEnum;
import com.example.sdk.models.OAuthToken;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public class AuthorizationCodeRefreshToken {
    public static void main(String[] args) {
        SdkClient client = new SdkClient.Builder()
                .authorizationCodeAuth(new AuthorizationCodeAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret",
                        "https://example.com/oauth/callback")
                        .oAuthScopes(Arrays.asList(
                                OAuthScopeEnum.READ_SCOPE,
                                OAuthScopeEnum.WRITE_SCOPE))
                        .build())
                .build();

        // The code from the request to your redirect URI (here a demo helper, below).
        String code = getAuthCodeFromRedirectUri(client);
        OAuthToken token = client.getAuthorizationCodeAuth().fetchToken(code);
        client = client.newBuilder()
                .authorizationCodeAuth(client.getAuthorizationCodeAuthModel().toBuilder()
                        .oAuthToken(token)
                        .build())
                .build();

        // Demo only: move the sandbox clock an hour ahead so the token expires.
        Clock.advance(3600);

        // The authorization code grant issues a refresh token: use it to get a new access token
        // without sending the user through the consent screen again (RFC 6749, section 6).
        if (client.getAuthorizationCodeAuth().isTokenExpired()) {
            System.out.println("Token expired: refreshing it");
            token = client.getAuthorizationCodeAuth().refreshToken();
            client = client.newBuilder()
                    .authorizationCodeAuth(client.getAuthorizationCodeAuthModel().toBuilder()
                            .oAuthToken(token)
                            .build())
                    .build();
            System.out.println("New access token: " + token.getAccessToken().substring(0, 8) + "…");
        }
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
