import com.example.sdk.SdkClient;
import com.example.sdk.authentication.ResourceOwnerAuthModel;
import com.example.sdk.http.ApiResponse;
import com.example.sdk.models.OAuthToken;
import com.example.sdk.models.UserProfile;

public class ResourceOwnerStoredToken {
    public static void main(String[] args) {
        // Read the token your app saved earlier (see "Token callbacks").
        OAuthToken storedToken = loadTokenFromDatabase();

        // Give the client the saved token: it sends it until it expires, then refreshes it.
        SdkClient client = new SdkClient.Builder()
                .resourceOwnerAuth(new ResourceOwnerAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret",
                        "OAuthUsername",
                        "OAuthPassword")
                        .oAuthToken(storedToken)
                        .build())
                .build();
        System.out.println("Stored token: " + storedToken.getAccessToken().substring(0, 8) + "…");
        System.out.println("Token expired: " + (client.getResourceOwnerAuth().isTokenExpired() ? "yes" : "no"));

        ApiResponse<UserProfile> response = client.getUserController().getProfile();
        System.out.println("Status: " + response.getStatusCode());
        System.out.println("Profile: " + response.getResult().getName() + " (" + response.getResult().getKind() + ")");
    }

    // Demo only: stands in for your database, returning a token an earlier run saved.
    static OAuthToken loadTokenFromDatabase() {
        SdkClient earlier = new SdkClient.Builder()
                .resourceOwnerAuth(new ResourceOwnerAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret",
                        "OAuthUsername",
                        "OAuthPassword")
                        .build())
                .build();
        return earlier.getResourceOwnerAuth().fetchToken();
    }
}
