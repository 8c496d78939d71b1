using System.Web;
using Sandbox;

// Demo only: stands in for your database, returning a token saved as JSON by an earlier run
// (in which the sandbox played the user's browser and approved the consent screen).
Func<OAuthToken> loadTokenFromDatabase = () =>
{
    SdkClient earlier = new SdkClient.Builder()
        .OAuthACGCredentials(
            new OAuthACGModel.Builder("OAuthClientId", "OAuthClientSecret", "https://example.com/oauth/callback")
                .OAuthScopes(new List<OAuthScopeOAuthACGEnum> { OAuthScopeOAuthACGEnum.ReadScope, OAuthScopeOAuthACGEnum.WriteScope })
                .Build())
        .Build();
    Uri callbackUrl = Browser.Authorize(earlier.OAuthACG.BuildAuthorizationUrl());
    OAuthToken token = earlier.OAuthACG.FetchToken(HttpUtility.ParseQueryString(callbackUrl.Query)["code"]);
    return ApiHelper.JsonDeserialize<OAuthToken>(ApiHelper.JsonSerialize(token));
};

// Read the token your app saved earlier (see "Token callbacks").
OAuthToken storedToken = loadTokenFromDatabase();

// Give the client the saved token: the user need not authorize the app again at every startup.
// The client sends the token until it expires, then refreshes it.
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
        .OAuthToken(storedToken)
        .Build())
    .Build();
Console.WriteLine($"Stored token: {storedToken.AccessToken.Substring(0, 8)}…");
Console.WriteLine($"Token expired: {(client.OAuthACG.IsTokenExpired() ? "yes" : "no")}");

ApiResponse<UserProfile> response = client.UserController.GetProfile();
Console.WriteLine($"Status: {response.StatusCode}");
Console.WriteLine($"Profile: {response.Data.Name} ({response.Data.Kind})");
