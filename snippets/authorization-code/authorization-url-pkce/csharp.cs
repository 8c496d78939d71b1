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

// 1. Sign-in request: the SDK adds PKCE (RFC 7636) to every authorization URL. It keeps a random
//    code verifier for this state and puts only its SHA-256 hash in the URL (code_challenge, S256).
string state = Guid.NewGuid().ToString();
string authUrl = client.OAuthACG.BuildAuthorizationUrl(state: state);
Console.WriteLine($"Authorization URL: {authUrl}");

// Demo only: the sandbox plays the user's browser and approves the consent screen.
Uri callbackUrl = Browser.Authorize(authUrl);

// 2. Callback request: pass the returned state with the code. The SDK sends the verifier kept for
//    that state, proving the code is redeemed by the client that asked for it. Use the same client
//    instance for both requests: the verifier lives in its memory.
var query = HttpUtility.ParseQueryString(callbackUrl.Query);
if (query["state"] != state)
{
    throw new InvalidOperationException("State mismatch: ignore this callback");
}
OAuthToken token = client.OAuthACG.FetchToken(query["code"], query["state"]);
Console.WriteLine($"Access token: {token.AccessToken.Substring(0, 8)}…");
