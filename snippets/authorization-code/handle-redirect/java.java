import com.example.sandbox.Browser;
import com.example.sdk.SdkClient;
import com.example.sdk.authentication.AuthorizationCodeAuthModel;
import com.example.sdk.models.OAuthScopeEnum;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

public class AuthorizationCodeHandleRedirect {
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

        // Demo only: the sandbox plays the user's browser; this run denies consent.
        URI callbackUrl = Browser.authorize(authUrl);

        // 2. Callback request: the redirect carries the state you sent plus either a code or an error.
        //    Check the state first: a mismatch means this user never made the request (RFC 6749, section 10.12).
        Map<String, String> query = parseQuery(callbackUrl);
        if (!state.equals(query.get("state"))) {
            System.out.println("State mismatch: ignoring this callback");
        } else if (query.containsKey("error")) {
            System.out.println("State verified");
            System.out.println("Authorization failed: " + query.get("error"));
            System.out.println("Description: " + query.get("error_description"));
        } else {
            System.out.println("State verified");
            System.out.println("Authorization code: " + query.get("code").substring(0, 8) + "…");
        }
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
