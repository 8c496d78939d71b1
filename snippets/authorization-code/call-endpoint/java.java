import com.example.sandbox.Browser;
import com.example.sandbox.Clock;
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

public class AuthorizationCodeCallEndpoint {
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

        // Until the user authorizes the app, calls fail with AuthorizationRequiredException: exchange the
        // code from the redirect first, and give the token to the client.
        String code = getAuthCodeFromRedirectUri(client);
        OAuthToken token = client.getAuthorizationCodeAuth().fetchToken(code);
        client = client.newBuilder()
                .authorizationCodeAuth(client.getAuthorizationCodeAuthModel().toBuilder()
                        .oAuthToken(token)
                        .build())
                .build();

        // The client sends the token in the Authorization header.
        ApiResponse<UserProfile> response = client.getUserController().getProfile();
        System.out.println("Status: " + response.getStatusCode());
        System.out.println("Profile: " + response.getResult().getName() + " (" + response.getResult().getKind() + ")");

        // Demo only: move the sandbox clock an hour ahead so the token expires.
        Clock.advance(3600);
        System.out.println("Token expired: " + (client.getAuthorizationCodeAuth().isTokenExpired() ? "yes" : "no"));

        // The next call notices and refreshes the token before sending the request.
        response = client.getUserController().getProfile();
        System.out.println("Status: " + response.getStatusCode());
        System.out.println("Token expired: " + (client.getAuthorizationCodeAuth().isTokenExpired() ? "yes" : "no"));
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
