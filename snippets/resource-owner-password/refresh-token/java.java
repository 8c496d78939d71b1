import com.example.sandbox.Clock;
import com.example.sdk.SdkClient;
import com.example.sdk.authentication.ResourceOwnerAuthModel;
import com.example.sdk.models.OAuthToken;

public class ResourceOwnerRefreshToken {
    public static void main(String[] args) {
        SdkClient client = new SdkClient.Builder()
                .resourceOwnerAuth(new ResourceOwnerAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret",
                        "OAuthUsername",
                        "OAuthPassword")
                        .build())
                .build();

        OAuthToken token = client.getResourceOwnerAuth().fetchToken();
        client = client.newBuilder()
                .resourceOwnerAuth(client.getResourceOwnerAuthModel().toBuilder()
                        .oAuthToken(token)
                        .build())
                .build();

        // Demo only: move the sandbox clock an hour ahead so the token expires.
        Clock.advance(3600);

        // The password grant issues a refresh token: use it to get a new access token
        // without asking the user for their password again (RFC 6749, section 6).
        if (client.getResourceOwnerAuth().isTokenExpired()) {
            System.out.println("Token expired: refreshing it");
            token = client.getResourceOwnerAuth().refreshToken();
            client = client.newBuilder()
                    .resourceOwnerAuth(client.getResourceOwnerAuthModel().toBuilder()
                            .oAuthToken(token)
                            .build())
                    .build();
            System.out.println("New access token: " + token.getAccessToken().substring(0, 8) + "…");
        }
    }
}
