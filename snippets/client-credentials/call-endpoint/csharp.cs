using Sandbox;

SdkClient client = new SdkClient.Builder()
    .OAuthCCGCredentials(
        new OAuthCCGModel.Builder(
            "OAuthClientId",
            "OAuthClientSecret"
        )
        .Build())
    .Build();

// The client gets a token before the first call and sends it in the Authorization header.
ApiResponse<ItemList> response = client.ItemsController.ListItems();
Console.WriteLine($"Status: {response.StatusCode}");
Console.WriteLine($"Items: {response.Data.Items.Count}");

// Demo only: move the sandbox clock an hour ahead so the token expires.
Clock.Advance(3600);
Console.WriteLine($"Token expired: {(client.OAuthCCG.IsTokenExpired() ? "yes" : "no")}");

// The next call notices and fetches a new token before sending the request.
response = client.ItemsController.ListItems();
Console.WriteLine($"Status: {response.StatusCode}");
Console.WriteLine($"Token expired: {(client.OAuthCCG.IsTokenExpired() ? "yes" : "no")}");
