import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

public class AuthorizationUrlStateExample {
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

        // A fresh, unguessable state for each sign-in. Keep it in the user's session: the callback
        // must carry the same value, or it answers a request this user never made (RFC 6749, section 10.12).
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(random);

        // prompt=consent asks the server to show the consent screen even if the user approved before.
        Map<String, String> additionalParams = Map.of("prompt", "consent");
        String authUrl = client.getAuthorizationCodeAuth().buildAuthorizationUrl(state, additionalParams);
        System.out.println("State: " + state);
        System.out.println("Authorization URL: " + authUrl);
    }
}
