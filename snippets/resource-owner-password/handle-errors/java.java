import com.example.sdk.SdkClient;
import com.example.sdk.authentication.ResourceOwnerAuthModel;
import com.example.sdk.exceptions.ApiException;
import com.example.sdk.exceptions.OAuthProviderException;

public class ResourceOwnerHandleErrors {
    public static void main(String[] args) {
        SdkClient client = new SdkClient.Builder()
                .resourceOwnerAuth(new ResourceOwnerAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret",
                        "OAuthUsername",
                        // A password the server rejects, so the token request fails.
                        "wrong-password")
                        .build())
                .build();

        try {
            client.getItemsController().listItems();
        } catch (OAuthProviderException e) {
            // The authorization server refused to issue a token (RFC 6749, section 5.2).
            System.out.println("OAuth error: " + e.getError());
            System.out.println("Description: " + e.getErrorDescription());
        } catch (ApiException e) {
            // The API itself answered with an error status.
            System.out.println("API error: HTTP " + e.getResponseCode());
        }
    }
}
