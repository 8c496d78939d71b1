import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

public class HandleRedirectExample {
    public static void main(String[] args) throws Exception {
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
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String authUrl = client.getAuthorizationCodeAuth().buildAuthorizationUrl(state, Map.of());
        // Redirect the user's browser to authUrl.

        // 2. Callback request: the redirect carries the state you sent plus either a code or an error.
        //    Check the state first: a mismatch means this user never made the request (RFC 6749, section 10.12).
        //    callbackUrl is the URL your redirect URI was requested with.
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
