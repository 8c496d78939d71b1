import com.example.sdk.SdkClient;
import com.example.sdk.authentication.ClientCredentialsAuthModel;
import com.example.sdk.http.ApiResponse;
import com.example.sdk.models.ItemList;
import com.example.sdk.models.OAuthToken;

public class ClientCredentialsStoredToken {
    public static void main(String[] args) {
        // Read the token your app saved earlier (see "Token callbacks").
        OAuthToken storedToken = loadTokenFromDatabase();

        // Give the client the saved token: it sends it until it expires, then fetches a new one.
        SdkClient client = new SdkClient.Builder()
                .clientCredentialsAuth(new ClientCredentialsAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret")
                        .oAuthToken(storedToken)
                        .build())
                .build();
        System.out.println("Stored token: " + storedToken.getAccessToken().substring(0, 8) + "…");
        System.out.println("Token expired: " + (client.getClientCredentialsAuth().isTokenExpired() ? "yes" : "no"));

        ApiResponse<ItemList> response = client.getItemsController().listItems();
        System.out.println("Status: " + response.getStatusCode());
    }

    // Demo only: stands in for your database, returning a token an earlier run saved.
    static OAuthToken loadTokenFromDatabase() {
        SdkClient earlier = new SdkClient.Builder()
                .clientCredentialsAuth(new ClientCredentialsAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret")
                        .build())
                .build();
        return earlier.getClientCredentialsAuth().fetchToken();
    }
}
