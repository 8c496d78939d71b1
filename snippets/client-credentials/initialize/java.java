import com.example.sdk.SdkClient;
import com.example.sdk.authentication.ClientCredentialsAuthModel;
import com.example.sdk.http.ApiResponse;
import com.example.sdk.models.UserProfile;

public class ClientCredentialsInitialize {
    public static void main(String[] args) {
        // Configure the client once with the credentials the authorization server issued.
        SdkClient client = new SdkClient.Builder()
                .clientCredentialsAuth(new ClientCredentialsAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret")
                        .build())
                .build();

        // No token yet: the first call that needs one makes the client fetch it.
        ApiResponse<UserProfile> response = client.getUserController().getProfile();
        System.out.println("Status: " + response.getStatusCode());
        System.out.println("Profile: " + response.getResult().getName() + " (" + response.getResult().getKind() + ")");
    }
}
