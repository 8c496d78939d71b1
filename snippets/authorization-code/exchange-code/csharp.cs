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

// Demo only: the sandbox plays the user's browser and approves the consent screen.
Uri callbackUrl = Browser.Authorize(authUrl);

// 2. Callback request: check the state, then exchange the code (with its state, so the SDK sends
//    the matching PKCE verifier) for a token. Codes are single-use and expire within minutes.
var query = HttpUtility.ParseQueryString(callbackUrl.Query);
if (query["state"] != state)
{
    throw new InvalidOperationException("State mismatch: ignore this callback");
}
OAuthToken token = client.OAuthACG.FetchToken(query["code"], state);
Console.WriteLine($"Access token: {token.AccessToken.Substring(0, 8)}…");
Console.WriteLine($"Scopes: {token.Scope}");

// Re-initialize the client with the token: its API calls now act for the user.
client = client.ToBuilder()
    .OAuthACGCredentials(client.OAuthACGModel.ToBuilder().OAuthToken(token).Build())
    .Build();
ApiResponse<UserProfile> response = client.UserController.GetProfile();
Console.WriteLine($"Signed in as: {response.Data.Name}");
