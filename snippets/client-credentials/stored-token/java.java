public class StoredTokenExample {
    public static void main(String[] args) throws Exception {
        // Your code: read the token your app saved earlier (see "Token callbacks").
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
}
