import com.example.sdk.SdkClient;
import com.example.sdk.authentication.AuthorizationCodeAuthModel;
import com.example.sdk.models.OAuthScopeEnum;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

public class AuthorizationCodeAuthorizationUrlState {
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

        // A fresh, unguessable state for each sign-in. Keep it in the user's session: the callback
        // must carry the same value, or it answers a request this user never made (RFC 6749, section 10.12).
        String state = UUID.randomUUID().toString();

        // prompt=consent asks the server to show the consent screen even if the user approved before.
        Map<String, String> additionalParams = Map.of("prompt", "consent");
        String authUrl = client.getAuthorizationCodeAuth().buildAuthorizationUrl(state, additionalParams);
        System.out.println("State: " + state);
        System.out.println("Authorization URL: " + authUrl);
    }
}
