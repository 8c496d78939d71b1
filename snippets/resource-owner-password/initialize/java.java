import com.example.sdk.SdkClient;
import com.example.sdk.authentication.ResourceOwnerAuthModel;
import com.example.sdk.http.ApiResponse;
import com.example.sdk.models.UserProfile;

public class ResourceOwnerInitialize {
    public static void main(String[] args) {
        // Configure the client once with its own credentials and the user's username and password.
        SdkClient client = new SdkClient.Builder()
                .resourceOwnerAuth(new ResourceOwnerAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret",
                        "OAuthUsername",
                        "OAuthPassword")
                        .build())
                .build();

        // No token yet: the first call that needs one makes the client fetch it.
        ApiResponse<UserProfile> response = client.getUserController().getProfile();
        System.out.println("Status: " + response.getStatusCode());
        System.out.println("Profile: " + response.getResult().getName() + " (" + response.getResult().getKind() + ")");
    }
}
