import com.example.sandbox.Clock;
import com.example.sdk.SdkClient;
import com.example.sdk.authentication.ResourceOwnerAuthModel;
import com.example.sdk.http.ApiResponse;
import com.example.sdk.models.ItemList;

public class ResourceOwnerCallEndpoint {
    public static void main(String[] args) {
        SdkClient client = new SdkClient.Builder()
                .resourceOwnerAuth(new ResourceOwnerAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret",
                        "OAuthUsername",
                        "OAuthPassword")
                        .build())
                .build();

        // The client gets a token with the password grant before the first call and sends it in the Authorization header.
        ApiResponse<ItemList> response = client.getItemsController().listItems();
        System.out.println("Status: " + response.getStatusCode());
        System.out.println("Items: " + response.getResult().getItems().size());

        // Demo only: move the sandbox clock an hour ahead so the token expires.
        Clock.advance(3600);
        System.out.println("Token expired: " + (client.getResourceOwnerAuth().isTokenExpired() ? "yes" : "no"));

        // The next call notices and refreshes the token before sending the request.
        response = client.getItemsController().listItems();
        System.out.println("Status: " + response.getStatusCode());
        System.out.println("Token expired: " + (client.getResourceOwnerAuth().isTokenExpired() ? "yes" : "no"));
    }
}
