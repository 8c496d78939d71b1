import com.example.sandbox.Clock;
import com.example.sdk.SdkClient;
import com.example.sdk.authentication.ResourceOwnerAuthModel;
import com.example.sdk.models.OAuthToken;
import java.time.Instant;

public class ResourceOwnerCheckExpiry {
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

        // Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
        System.out.println("Expires at: " + Instant.ofEpochSecond(token.getExpiry()));
        System.out.println("Token expired: " + (client.getResourceOwnerAuth().isTokenExpired() ? "yes" : "no"));

        // Demo only: move the sandbox clock an hour ahead.
        Clock.advance(3600);
        System.out.println("Token expired: " + (client.getResourceOwnerAuth().isTokenExpired() ? "yes" : "no"));
    }
}
