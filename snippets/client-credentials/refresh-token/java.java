public class RefreshTokenExample {
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

        // ... an hour later, the token has expired.

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
