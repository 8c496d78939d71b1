import com.example.sdk.SdkClient;
import com.example.sdk.authentication.ClientCredentialsAuthModel;
import com.example.sdk.models.OAuthToken;

public class ClientCredentialsFetchToken {
    public static void main(String[] args) {
        SdkClient client = new SdkClient.Builder()
                .clientCredentialsAuth(new ClientCredentialsAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret")
                        .build())
                .build();

        // Exchange the client's own credentials for an access token.
        OAuthToken token = client.getClientCredentialsAuth().fetchToken();

        // Print only the start of the token: the whole value is a bearer credential.
        System.out.println("Access token: " + token.getAccessToken().substring(0, 8) + "…");
        System.out.println("Expires in: " + token.getExpiresIn() + " s");
        System.out.println("Scopes: " + token.getScope());

        // Build a client that sends this token instead of fetching a new one.
        client = client.newBuilder()
                .clientCredentialsAuth(client.getClientCredentialsAuthModel().toBuilder()
                        .oAuthToken(token)
                        .build())
                .build();
    }
}
