public class TokenCallbacksExample {
    // Stands in for your database or cache.
    private static OAuthToken savedToken;

    public static void main(String[] args) throws Exception {
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

        // ... an hour later, the token has expired:
        client.getItemsController().listItems();
    }
}
