using Sandbox;

SdkClient client = new SdkClient.Builder()
    .OAuthROPCGCredentials(
        new OAuthROPCGModel.Builder(
            "OAuthClientId",
            "OAuthClientSecret",
            "OAuthUsername",
            "OAuthPassword"
        )
        .Build())
    .Build();

// The client gets a token with the password grant before the first call and sends it in the Authorization header.
ApiResponse<ItemList> response = client.ItemsController.ListItems();
Console.WriteLine($"Status: {response.StatusCode}");
Console.WriteLine($"Items: {response.Data.Items.Count}");

// Demo only: move the sandbox clock an hour ahead so the token expires.
Clock.Advance(3600);
Console.WriteLine($"Token expired: {(client.OAuthROPCG.IsTokenExpired() ? "yes" : "no")}");

// The next call notices and refreshes the token before sending the request.
response = client.ItemsController.ListItems();
Console.WriteLine($"Status: {response.StatusCode}");
Console.WriteLine($"Token expired: {(client.OAuthROPCG.IsTokenExpired() ? "yes" : "no")}");
