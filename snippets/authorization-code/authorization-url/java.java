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

public class AuthorizationCodeAuthorizationUrl {
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

        // The URL of the authorization server's consent page for this client, redirect URI and scopes.
        // The SDK adds a PKCE challenge to it; add a state too to tie the answer to the user's session
        // (see "Authorization URL with state").
        String authUrl = client.getAuthorizationCodeAuth().buildAuthorizationUrl();
        System.out.println("Authorization URL: " + authUrl);

        // Redirect the user's browser to authUrl. Demo only: the sandbox plays that browser.
        URI callbackUrl = Browser.authorize(authUrl);
        System.out.println("Redirected to: " + callbackUrl.getScheme() + "://" + callbackUrl.getAuthority() + callbackUrl.getPath());
        System.out.println("Code received: " + (parseQuery(callbackUrl).containsKey("code") ? "yes" : "no"));
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
