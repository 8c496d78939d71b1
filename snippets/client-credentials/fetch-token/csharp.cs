SdkClient client = new SdkClient.Builder()
    .OAuthCCGCredentials(
        new OAuthCCGModel.Builder(
            "OAuthClientId",
            "OAuthClientSecret"
        )
        .Build())
    .Build();

// Exchange the client's own credentials for an access token.
OAuthToken token = client.OAuthCCG.FetchToken();

// Print only the start of the token: the whole value is a bearer credential.
Console.WriteLine($"Access token: {token.AccessToken.Substring(0, 8)}…");
Console.WriteLine($"Expires in: {token.ExpiresIn} s");
Console.WriteLine($"Scopes: {token.Scope}");

// Build a client that sends this token instead of fetching a new one.
client = client.ToBuilder()
    .OAuthCCGCredentials(
        client.OAuthCCGModel.ToBuilder()
            .OAuthToken(token)
            .Build())
    .Build();
