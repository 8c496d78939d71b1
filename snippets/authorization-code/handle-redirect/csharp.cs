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

// 1. Sign-in request: a fresh state, kept in the user's session, goes into the authorization URL.
string state = Guid.NewGuid().ToString();
string authUrl = client.OAuthACG.BuildAuthorizationUrl(state: state);

// Demo only: the sandbox plays the user's browser; this run denies consent.
Uri callbackUrl = Browser.Authorize(authUrl);

// 2. Callback request: the redirect carries the state you sent plus either a code or an error.
//    Check the state first: a mismatch means this user never made the request (RFC 6749, section 10.12).
var query = HttpUtility.ParseQueryString(callbackUrl.Query);
if (query["state"] != state)
{
    Console.WriteLine("State mismatch: ignoring this callback");
}
else if (query["error"] != null)
{
    Console.WriteLine("State verified");
    Console.WriteLine($"Authorization failed: {query["error"]}");
    Console.WriteLine($"Description: {query["error_description"]}");
}
else
{
    Console.WriteLine("State verified");
    Console.WriteLine($"Authorization code: {query["code"].Substring(0, 8)}…");
}
