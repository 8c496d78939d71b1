import com.example.sandbox.Browser;
import com.example.sdk.SdkClient;
import com.example.sdk.authentication.AuthorizationCodeAuthModel;
import com.example.sdk.http.ApiResponse;
import com.example.sdk.models.OAuthScopeEnum;
import com.example.sdk.models.OAuthToken;
import com.example.sdk.models.UserProfile;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public class AuthorizationCodeStoredToken {
    public static void main(String[] args) {
        // Read the token your app saved earlier (see "Token callbacks").
        OAuthToken storedToken = loadTokenFromDatabase();

        // Give the client the saved token: the user need not authorize the app again at every startup.
        // The client sends the token until it expires, then refreshes it.
        SdkClient client = new SdkClient.Builder()
                .authorizationCodeAuth(new AuthorizationCodeAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret",
                        "https://example.com/oauth/callback")
                        .oAuthScopes(Arrays.asList(
                                OAuthScopeEnum.READ_SCOPE,
                                OAuthScopeEnum.WRITE_SCOPE))
                        .oAuthToken(storedToken)
                        .build())
                .build();
        System.out.println("Stored token: " + storedToken.getAccessToken().substring(0, 8) + "…");
        System.out.println("Token expired: " + (client.getAuthorizationCodeAuth().isTokenExpired() ? "yes" : "no"));

        ApiResponse<UserProfile> response = client.getUserController().getProfile();
        System.out.println("Status: " + response.getStatusCode());
        System.out.println("Profile: " + response.getResult().getName() + " (" + response.getResult().getKind() + ")");
    }

    // Demo only: stands in for your database, returning a token an earlier run saved
    // (in which the sandbox played the user's browser and approved the consent screen).
    static OAuthToken loadTokenFromDatabase() {
        SdkClient earlier = new SdkClient.Builder()
                .authorizationCodeAuth(new AuthorizationCodeAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret",
                        "https://example.com/oauth/callback")
                        .oAuthScopes(Arrays.asList(
                                OAuthScopeEnum.READ_SCOPE,
                                OAuthScopeEnum.WRITE_SCOPE))
                        .build())
                .build();
        URI callbackUrl = Browser.authorize(earlier.getAuthorizationCodeAuth().buildAuthorizationUrl());
        return earlier.getAuthorizationCodeAuth().fetchToken(parseQuery(callbackUrl).get("code"));
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
