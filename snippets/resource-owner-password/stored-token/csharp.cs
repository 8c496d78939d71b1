// Demo only: stands in for your database, returning a token saved as JSON by an earlier run.
Func<OAuthToken> loadTokenFromDatabase = () =>
{
    SdkClient earlier = new SdkClient.Builder()
        .OAuthROPCGCredentials(
            new OAuthROPCGModel.Builder("OAuthClientId", "OAuthClientSecret", "OAuthUsername", "OAuthPassword").Build())
        .Build();
    return ApiHelper.JsonDeserialize<OAuthToken>(ApiHelper.JsonSerialize(earlier.OAuthROPCG.FetchToken()));
};

// Read the token your app saved earlier (see "Token callbacks").
OAuthToken storedToken = loadTokenFromDatabase();

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
Console.WriteLine($"Stored token: {storedToken.AccessToken.Substring(0, 8)}…");
Console.WriteLine($"Token expired: {(client.OAuthROPCG.IsTokenExpired() ? "yes" : "no")}");

ApiResponse<UserProfile> response = client.UserController.GetProfile();
Console.WriteLine($"Status: {response.StatusCode}");
Console.WriteLine($"Profile: {response.Data.Name} ({response.Data.Kind})");
