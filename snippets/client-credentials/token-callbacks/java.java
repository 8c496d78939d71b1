import com.example.sandbox.Clock;
import com.example.sdk.SdkClient;
import com.example.sdk.authentication.ClientCredentialsAuthModel;
import com.example.sdk.models.OAuthToken;

public class ClientCredentialsTokenCallbacks {
    // Stands in for your database or cache.
    private static OAuthToken savedToken;

    public static void main(String[] args) {
        SdkClient client = new SdkClient.Builder()
                .clientCredentialsAuth(new ClientCredentialsAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret")
                        // Called whenever the client has no token or its token has expired.
                        .oAuthTokenProvider((lastOAuthToken, authManager) -> {
                            if (savedToken != null && !authManager.isTokenExpired(savedToken)) {
                                return savedToken;
                            }
                            System.out.println(lastOAuthToken == null
                                    ? "No token yet: fetching one"
                                    : "Token expired: fetching a new one");
                            return authManager.fetchToken();
                        })
                        // Called with every new token the client starts using: persist it here.
                        .oAuthOnTokenUpdate(token -> {
                            savedToken = token;
                            System.out.println("Saved token " + token.getAccessToken().substring(0, 8) + "…");
                        })
                        .build())
                .build();

        client.getItemsController().listItems();

        // Demo only: move the sandbox clock an hour ahead so the token expires.
        Clock.advance(3600);
        client.getItemsController().listItems();
    }
}
