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
OAuthToken token = client.OAuthACG.FetchToken(code);
client = client.ToBuilder()
    .OAuthACGCredentials(client.OAuthACGModel.ToBuilder().OAuthToken(token).Build())
    .Build();

// Demo only: move the sandbox clock an hour ahead so the token expires.
Clock.Advance(3600);

// The authorization code grant issues a refresh token: use it to get a new access token
// without sending the user through the consent screen again (RFC 6749, section 6).
if (client.OAuthACG.IsTokenExpired())
{
    Console.WriteLine("Token expired: refreshing it");
    token = client.OAuthACG.RefreshToken();
    client = client.ToBuilder()
        .OAuthACGCredentials(client.OAuthACGModel.ToBuilder().OAuthToken(token).Build())
        .Build();
    Console.WriteLine($"New access token: {token.AccessToken.Substring(0, 8)}…");
}
