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

// ... an hour later, the token has expired.

// The authorization code grant issues a refresh token: use it to get a new access token
// without sending the user through the consent screen again (RFC 6749, section 6).
if (client.OAuthACG.IsTokenExpired())
{
    Console.WriteLine("Token expired: refreshing it");
    token = client.OAuthACG.RefreshToken();
    client = client.ToBuilder()
        .OAuthACGCredentials(client.OAuthACGModel.ToBuilder().OAuthToken(token).Build())
        .Build();
    Console.WriteLine($"New access token: {token.AccessToken[..8]}…");
}
