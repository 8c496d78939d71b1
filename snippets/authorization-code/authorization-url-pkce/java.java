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
import java.util.UUID;

public class AuthorizationCodeAuthorizationUrlPkce {
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

        // 1. Sign-in request: the SDK adds PKCE (RFC 7636) to every authorization URL. It keeps a random
        //    code verifier for this state and puts only its SHA-256 hash in the URL (code_challenge, S256).
        String state = UUID.randomUUID().toString();
        String authUrl = client.getAuthorizationCodeAuth().buildAuthorizationUrl(state, Map.of());
        System.out.println("Authorization URL: " + authUrl);

        // Demo only: the sandbox plays the user's browser and approves the consent screen.
        URI callbackUrl = Browser.authorize(authUrl);

        // 2. Callback request: pass the returned state with the code. The SDK sends the verifier kept for
        //    that state, proving the code is redeemed by the client that asked for it. Use the same client
        //    instance for both requests: the verifier lives in its memory.
        Map<String, String> query = parseQuery(callbackUrl);
        if (!state.equals(query.get("state"))) {
            throw new IllegalStateException("State mismatch: ignore this callback");
        }
        OAuthToken token = client.getAuthorizationCodeAuth().fetchToken(query.get("code"), query.get("state"));
        System.out.println("Access token: " + token.getAccessToken().substring(0, 8) + "…");
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
