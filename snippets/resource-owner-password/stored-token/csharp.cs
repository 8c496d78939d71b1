// Your code: read the token your app saved earlier (see "Token callbacks").
OAuthToken storedToken = LoadTokenFromDatabase();

// Give the client the saved token: it sends it until it expires, then refreshes it.
SdkClient client = new SdkClient.Builder()
    .OAuthROPCGCredentials(
        new OAuthROPCGModel.Builder(
            "OAuthClientId",
            "OAuthClientSecret",
            "OAuthUsername",
            "OAuthPassword"
        )
        .OAuthToken(storedToken)
        .Build())
    .Build();
Console.WriteLine($"Stored token: {storedToken.AccessToken[..8]}…");
Console.WriteLine($"Token expired: {(client.OAuthROPCG.IsTokenExpired() ? "yes" : "no")}");

ApiResponse<UserProfile> response = client.UserController.GetProfile();
Console.WriteLine($"Status: {response.StatusCode}");
Console.WriteLine($"Profile: {response.Data.Name} ({response.Data.Kind})");
