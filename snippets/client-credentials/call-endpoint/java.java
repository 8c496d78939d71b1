public class CallEndpointExample {
    public static void main(String[] args) throws Exception {
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

        // ... an hour later, the token has expired.
        System.out.println("Token expired: " + (client.getClientCredentialsAuth().isTokenExpired() ? "yes" : "no"));

        // The next call notices and fetches a new token before sending the request.
        response = client.getItemsController().listItems();
        System.out.println("Status: " + response.getStatusCode());
        System.out.println("Token expired: " + (client.getClientCredentialsAuth().isTokenExpired() ? "yes" : "no"));
    }
}
