using System.Web;
using Sandbox;

// Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
// code from the redirect. Your app reads it from the request to its redirect URI.
Func<SdkClient, string> getAuthCodeFromRedirectUri = sdkClient =>
{
    Uri callbackUrl = Browser.Authorize(sdkClient.OAuthACG.BuildAuthorizationUrl());
    return HttpUtility.ParseQueryString(callbackUrl.Query)["code"];
};

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

// The code from the request to your redirect URI (here a demo helper, above).
string code = getAuthCodeFromRedirectUri(client);
client.OAuthACG.FetchToken(code);

try
{
    // The same code a second time, as when the user reloads the callback page. Codes work once:
    // the server refuses it and revokes the tokens issued with it (RFC 6749, section 4.1.2).
    client.OAuthACG.FetchToken(code);
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
