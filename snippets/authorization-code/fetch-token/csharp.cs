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

// Exchange the authorization code for an access token (and a refresh token).
OAuthToken token = client.OAuthACG.FetchToken(authCode);

// Print only the start of the token: the whole value is a bearer credential.
Console.WriteLine($"Access token: {token.AccessToken[..8]}…");
Console.WriteLine($"Expires in: {token.ExpiresIn} s");
Console.WriteLine($"Scopes: {token.Scope}");
Console.WriteLine($"Refresh token: {(token.RefreshToken != null ? "received" : "none")}");

// Build a client that sends this token on its API calls.
client = client.ToBuilder()
    .OAuthACGCredentials(
        client.OAuthACGModel.ToBuilder()
            .OAuthToken(token)
            .Build())
    .Build();
