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

// A fresh, unguessable state for each sign-in. Keep it in the user's session: the callback
// must carry the same value, or it answers a request this user never made (RFC 6749, section 10.12).
string state = Guid.NewGuid().ToString();

// prompt=consent asks the server to show the consent screen even if the user approved before.
string authUrl = client.OAuthACG.BuildAuthorizationUrl(
    state: state,
    additionalParameters: new Dictionary<string, object>
    {
        ["prompt"] = "consent",
    });
Console.WriteLine($"State: {state}");
Console.WriteLine($"Authorization URL: {authUrl}");
