import com.example.sdk.SdkClient;
import com.example.sdk.authentication.ResourceOwnerAuthModel;
import com.example.sdk.models.OAuthToken;

public class ResourceOwnerFetchToken {
    public static void main(String[] args) {
        SdkClient client = new SdkClient.Builder()
                .resourceOwnerAuth(new ResourceOwnerAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret",
                        "OAuthUsername",
                        "OAuthPassword")
                        .build())
                .build();

        // Exchange the user's username and password for an access token (and a refresh token).
        OAuthToken token = client.getResourceOwnerAuth().fetchToken();

        // Print only the start of the token: the whole value is a bearer credential.
        System.out.println("Access token: " + token.getAccessToken().substring(0, 8) + "…");
        System.out.println("Expires in: " + token.getExpiresIn() + " s");
        System.out.println("Scopes: " + token.getScope());
        System.out.println("Refresh token: " + (token.getRefreshToken() != null ? "received" : "none"));

        // Build a client that sends this token instead of fetching a new one.
        client = client.newBuilder()
                .resourceOwnerAuth(client.getResourceOwnerAuthModel().toBuilder()
                        .oAuthToken(token)
                        .build())
                .build();
    }
}
