public class CallEndpointExample {
    public static void main(String[] args) throws Exception {
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

        // ... an hour later, the token has expired.
        System.out.println("Token expired: " + (client.getResourceOwnerAuth().isTokenExpired() ? "yes" : "no"));

        // The next call notices and refreshes the token before sending the request.
        response = client.getItemsController().listItems();
        System.out.println("Status: " + response.getStatusCode());
        System.out.println("Token expired: " + (client.getResourceOwnerAuth().isTokenExpired() ? "yes" : "no"));
    }
}
