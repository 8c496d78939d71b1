// Your code: read the token your app saved earlier (see "Token callbacks").
OAuthToken storedToken = LoadTokenFromDatabase();

// Give the client the saved token: the user need not authorize the app again at every startup.
// The client sends the token until it expires, then refreshes it.
SdkClient client = new SdkClient.Builder()
    .OAuthACGCredentials(
        new OAuthACGModel.Builder(
            "OAuthClientId",
            "OAuthClientSecret",
            "https://example.com/oauth/callback"
        )
        .OAuthScopes(new List<OAuthScopeOAuthACGEnum>
        {
            OAuthScopeOAuthACGEnum.ReadScope,
            OAuthScopeOAuthACGEnum.WriteScope,
        })
        .OAuthToken(storedToken)
        .Build())
    .Build();
Console.WriteLine($"Stored token: {storedToken.AccessToken[..8]}…");
Console.WriteLine($"Token expired: {(client.OAuthACG.IsTokenExpired() ? "yes" : "no")}");

ApiResponse<UserProfile> response = client.UserController.GetProfile();
Console.WriteLine($"Status: {response.StatusCode}");
Console.WriteLine($"Profile: {response.Data.Name} ({response.Data.Kind})");
