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
import java.util.UUID;

public class AuthorizationCodeExchangeCode {
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

        // 1. Sign-in request: a fresh state, kept in the user's session, goes into the authorization URL.
        String state = UUID.randomUUID().toString();
        String authUrl = client.getAuthorizationCodeAuth().buildAuthorizationUrl(state, Map.of());

        // Demo only: the sandbox plays the user's browser and approves the consent screen.
        URI callbackUrl = Browser.authorize(authUrl);

        // 2. Callback request: check the state, then exchange the code (with its state, so the SDK sends
        //    the matching PKCE verifier) for a token. Codes are single-use and expire within minutes.
        Map<String, String> query = parseQuery(callbackUrl);
        if (!state.equals(query.get("state"))) {
            throw new IllegalStateException("State mismatch: ignore this callback");
        }
        OAuthToken token = client.getAuthorizationCodeAuth().fetchToken(query.get("code"), state);
        System.out.println("Access token: " + token.getAccessToken().substring(0, 8) + "…");
        System.out.println("Scopes: " + token.getScope());

        // Re-initialize the client with the token: its API calls now act for the user.
        client = client.newBuilder()
                .authorizationCodeAuth(client.getAuthorizationCodeAuthModel().toBuilder()
                        .oAuthToken(token)
                        .build())
                .build();
        ApiResponse<UserProfile> response = client.getUserController().getProfile();
        System.out.println("Signed in as: " + response.getResult().getName());
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
