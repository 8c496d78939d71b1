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
        .Build())
    .Build();

// Until the user authorizes the app, calls fail: exchange the code from the redirect first,
// and give the token to the client. GetAuthCodeFromRedirectUri is your code (see "Handle the redirect").
OAuthToken token = client.OAuthACG.FetchToken(GetAuthCodeFromRedirectUri());
client = client.ToBuilder()
    .OAuthACGCredentials(client.OAuthACGModel.ToBuilder().OAuthToken(token).Build())
    .Build();

// The client sends the token in the Authorization header.
ApiResponse<UserProfile> response = client.UserController.GetProfile();
Console.WriteLine($"Status: {response.StatusCode}");
Console.WriteLine($"Profile: {response.Data.Name} ({response.Data.Kind})");

// ... an hour later, the token has expired.
Console.WriteLine($"Token expired: {(client.OAuthACG.IsTokenExpired() ? "yes" : "no")}");

// The next call notices and refreshes the token before sending the request.
response = client.UserController.GetProfile();
Console.WriteLine($"Status: {response.StatusCode}");
Console.WriteLine($"Token expired: {(client.OAuthACG.IsTokenExpired() ? "yes" : "no")}");
