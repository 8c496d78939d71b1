import java.time.Instant;

public class CheckExpiryExample {
    public static void main(String[] args) throws Exception {
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

        // Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
        System.out.println("Expires at: " + Instant.ofEpochSecond(token.getExpiry()));
        System.out.println("Token expired: " + (client.getClientCredentialsAuth().isTokenExpired() ? "yes" : "no"));

        // ... an hour later:
        System.out.println("Token expired: " + (client.getClientCredentialsAuth().isTokenExpired() ? "yes" : "no"));
    }
}
