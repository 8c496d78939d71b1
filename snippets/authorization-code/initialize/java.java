import com.example.sdk.SdkClient;
import com.example.sdk.authentication.AuthorizationCodeAuthModel;
import com.example.sdk.models.OAuthScopeEnum;
import java.util.Arrays;

public class AuthorizationCodeInitialize {
    public static void main(String[] args) {
        // Configure the client once: its credentials, the redirect URI registered for it,
        // and the scopes to ask the user for.
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

        // No token yet: the user must authorize the app first. Send them to this URL.
        String authUrl = client.getAuthorizationCodeAuth().buildAuthorizationUrl();
        System.out.println("Authorization URL: " + authUrl);
    }
}
