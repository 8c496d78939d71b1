import com.example.sandbox.Clock;
import com.example.sdk.SdkClient;
import com.example.sdk.authentication.ClientCredentialsAuthModel;
import com.example.sdk.models.OAuthToken;

public class ClientCredentialsRefreshToken {
    public static void main(String[] args) {
        SdkClient client = new SdkClient.Builder()
                .clientCredentialsAuth(new ClientCredentialsAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret")
                        .build())
                .build();

        OAuthToken token = client.getClientCredentialsAuth().fetchToken();
        client = client.newBuilder()
                .clientCredentialsAuth(client.getClientCredentialsAuthModel().toBuilder()
                        .oAuthToken(token)
                        .build())
                .build();

        // Demo only: move the sandbox clock an hour ahead so the token expires.
        Clock.advance(3600);

        // The client credentials grant issues no refresh token (RFC 6749, section 4.4.3):
        // when the token expires, fetch a new one with the client's credentials
        // (refreshToken() does the same for this grant).
        if (client.getClientCredentialsAuth().isTokenExpired()) {
            System.out.println("Token expired: fetching a new one");
            token = client.getClientCredentialsAuth().fetchToken();
            client = client.newBuilder()
                    .clientCredentialsAuth(client.getClientCredentialsAuthModel().toBuilder()
                            .oAuthToken(token)
                            .build())
                    .build();
            System.out.println("New access token: " + token.getAccessToken().substring(0, 8) + "…");
        }
    }
}
