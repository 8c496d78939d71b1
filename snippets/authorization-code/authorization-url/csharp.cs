using System.Web;
using Sandbox;

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

// The URL of the authorization server's consent page for this client, redirect URI and scopes.
// The SDK adds a PKCE challenge to it; add a state too to tie the answer to the user's session
// (see "Authorization URL with state").
string authUrl = client.OAuthACG.BuildAuthorizationUrl();
Console.WriteLine($"Authorization URL: {authUrl}");

// Redirect the user's browser to authUrl. Demo only: the sandbox plays that browser.
Uri callbackUrl = Browser.Authorize(authUrl);
Console.WriteLine($"Redirected to: {callbackUrl.Scheme}://{callbackUrl.Authority}{callbackUrl.AbsolutePath}");
Console.WriteLine($"Code received: {(HttpUtility.ParseQueryString(callbackUrl.Query)["code"] != null ? "yes" : "no")}");
