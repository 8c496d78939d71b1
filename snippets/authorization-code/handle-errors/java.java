import com.example.sandbox.Browser;
import com.example.sdk.SdkClient;
import com.example.sdk.authentication.AuthorizationCodeAuthModel;
import com.example.sdk.exceptions.ApiException;
import com.example.sdk.exceptions.OAuthProviderException;
import com.example.sdk.models.OAuthScopeEnum;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public class AuthorizationCodeHandleErrors {
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
        client.getAuthorizationCodeAuth().fetchToken(code);

        try {
            // The same code a second time, as when the user reloads the callback page. Codes work once:
            // the server refuses it and revokes the tokens issued with it (RFC 6749, section 4.1.2).
            client.getAuthorizationCodeAuth().fetchToken(code);
        } catch (OAuthProviderException e) {
            // The authorization server refused to issue a token (RFC 6749, section 5.2).
            System.out.println("OAuth error: " + e.getError());
            System.out.println("Description: " + e.getErrorDescription());
        } catch (ApiException e) {
            // The API itself answered with an error status.
            System.out.println("API error: HTTP " + e.getResponseCode());
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
