// Your code: read the token your app saved earlier (see "Token callbacks").
OAuthToken storedToken = LoadTokenFromDatabase();

// Give the client the saved token: it sends it until it expires, then fetches a new one.
SdkClient client = new SdkClient.Builder()
    .OAuthCCGCredentials(
        new OAuthCCGModel.Builder(
            "OAuthClientId",
            "OAuthClientSecret"
        )
        .OAuthToken(storedToken)
        .Build())
    .Build();
Console.WriteLine($"Stored token: {storedToken.AccessToken[..8]}…");
Console.WriteLine($"Token expired: {(client.OAuthCCG.IsTokenExpired() ? "yes" : "no")}");

ApiResponse<ItemList> response = client.ItemsController.ListItems();
Console.WriteLine($"Status: {response.StatusCode}");
