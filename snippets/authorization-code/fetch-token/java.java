import com.example.sandbox.Browser;
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

public class AuthorizationCodeFetchToken {
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

        // Exchange the authorization code for an access token (and a refresh token).
        OAuthToken token = client.getAuthorizationCodeAuth().fetchToken(code);

        // Print only the start of the token: the whole value is a bearer credential.
        System.out.println("Access token: " + token.getAccessToken().substring(0, 8) + "…");
        System.out.println("Expires in: " + token.getExpiresIn() + " s");
        System.out.println("Scopes: " + token.getScope());
        System.out.println("Refresh token: " + (token.getRefreshToken() != null ? "received" : "none"));

        // Build a client that sends this token on its API calls.
        client = client.newBuilder()
                .authorizationCodeAuth(client.getAuthorizationCodeAuthModel().toBuilder()
                        .oAuthToken(token)
                        .build())
                .build();
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
