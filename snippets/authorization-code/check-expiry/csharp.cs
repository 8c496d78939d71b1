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

// Your code: the code from the request to your redirect URI (see "Handle the redirect").
string authCode = GetAuthCodeFromRedirectUri();
OAuthToken token = client.OAuthACG.FetchToken(authCode);
client = client.ToBuilder()
    .OAuthACGCredentials(client.OAuthACGModel.ToBuilder().OAuthToken(token).Build())
    .Build();

// Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
Console.WriteLine($"Expires at: {DateTimeOffset.FromUnixTimeSeconds(token.Expiry.Value):O}");
Console.WriteLine($"Token expired: {(client.OAuthACG.IsTokenExpired() ? "yes" : "no")}");

// ... an hour later:
Console.WriteLine($"Token expired: {(client.OAuthACG.IsTokenExpired() ? "yes" : "no")}");
