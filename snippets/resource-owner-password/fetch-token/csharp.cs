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

// Exchange the user's username and password for an access token (and a refresh token).
OAuthToken token = client.OAuthROPCG.FetchToken();

// Print only the start of the token: the whole value is a bearer credential.
Console.WriteLine($"Access token: {token.AccessToken.Substring(0, 8)}…");
Console.WriteLine($"Expires in: {token.ExpiresIn} s");
Console.WriteLine($"Scopes: {token.Scope}");
Console.WriteLine($"Refresh token: {(token.RefreshToken != null ? "received" : "none")}");

// Build a client that sends this token instead of fetching a new one.
client = client.ToBuilder()
    .OAuthROPCGCredentials(
        client.OAuthROPCGModel.ToBuilder()
            .OAuthToken(token)
            .Build())
    .Build();
