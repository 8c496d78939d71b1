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
client.OAuthACG.FetchToken(authCode);

try
{
    // The same code a second time, as when the user reloads the callback page. Codes work once:
    // the server refuses it and revokes the tokens issued with it (RFC 6749, section 4.1.2).
    client.OAuthACG.FetchToken(authCode);
}
catch (OAuthProviderException e)
{
    // The authorization server refused to issue a token (RFC 6749, section 5.2).
    Console.WriteLine($"OAuth error: {e.Error}");
    Console.WriteLine($"Description: {e.ErrorDescription}");
}
catch (ApiException e)
{
    // The API itself answered with an error status.
    Console.WriteLine($"API error: HTTP {e.ResponseCode}");
}
