// Configure the client once: its credentials, the redirect URI registered for it,
// and the scopes to ask the user for.
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

// No token yet: the user must authorize the app first. Send them to this URL.
string authUrl = client.OAuthACG.BuildAuthorizationUrl();
Console.WriteLine($"Authorization URL: {authUrl}");
