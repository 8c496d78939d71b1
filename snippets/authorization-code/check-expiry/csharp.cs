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

// Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
Console.WriteLine($"Expires at: {DateTimeOffset.FromUnixTimeSeconds(token.Expiry.Value):O}");
Console.WriteLine($"Token expired: {(client.OAuthACG.IsTokenExpired() ? "yes" : "no")}");

// Demo only: move the sandbox clock an hour ahead.
Clock.Advance(3600);
Console.WriteLine($"Token expired: {(client.OAuthACG.IsTokenExpired() ? "yes" : "no")}");
