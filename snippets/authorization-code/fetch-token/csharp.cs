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

// Exchange the authorization code for an access token (and a refresh token).
OAuthToken token = client.OAuthACG.FetchToken(code);

// Print only the start of the token: the whole value is a bearer credential.
Console.WriteLine($"Access token: {token.AccessToken.Substring(0, 8)}…");
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
