import com.example.sandbox.Clock;
import com.example.sdk.SdkClient;
import com.example.sdk.authentication.ClientCredentialsAuthModel;
import com.example.sdk.http.ApiResponse;
import com.example.sdk.models.ItemList;

public class ClientCredentialsCallEndpoint {
    public static void main(String[] args) {
        SdkClient client = new SdkClient.Builder()
                .clientCredentialsAuth(new ClientCredentialsAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret")
                        .build())
                .build();

        // The client gets a token before the first call and sends it in the Authorization header.
        ApiResponse<ItemList> response = client.getItemsController().listItems();
        System.out.println("Status: " + response.getStatusCode());
        System.out.println("Items: " + response.getResult().getItems().size());

        // Demo only: move the sandbox clock an hour ahead so the token expires.
        Clock.advance(3600);
        System.out.println("Token expired: " + (client.getClientCredentialsAuth().isTokenExpired() ? "yes" : "no"));

        // The next call notices and fetches a new token before sending the request.
        response = client.getItemsController().listItems();
        System.out.println("Status: " + response.getStatusCode());
        System.out.println("Token expired: " + (client.getClientCredentialsAuth().isTokenExpired() ? "yes" : "no"));
    }
}
