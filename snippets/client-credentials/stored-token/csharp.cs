// Demo only: stands in for your database, returning a token saved as JSON by an earlier run.
Func<OAuthToken> loadTokenFromDatabase = () =>
{
    SdkClient earlier = new SdkClient.Builder()
        .OAuthCCGCredentials(new OAuthCCGModel.Builder("OAuthClientId", "OAuthClientSecret").Build())
        .Build();
    return ApiHelper.JsonDeserialize<OAuthToken>(ApiHelper.JsonSerialize(earlier.OAuthCCG.FetchToken()));
};

// Read the token your app saved earlier (see "Token callbacks").
OAuthToken storedToken = loadTokenFromDatabase();

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
Console.WriteLine($"Stored token: {storedToken.AccessToken.Substring(0, 8)}…");
Console.WriteLine($"Token expired: {(client.OAuthCCG.IsTokenExpired() ? "yes" : "no")}");

ApiResponse<ItemList> response = client.ItemsController.ListItems();
Console.WriteLine($"Status: {response.StatusCode}");
