import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

public class ExchangeCodeExample {
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

        // 2. Callback request: check the state, then exchange the code (with its state, so the SDK sends
        //    the matching PKCE verifier) for a token. Codes are single-use and expire within minutes.
        //    callbackUrl is the URL your redirect URI was requested with.
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
