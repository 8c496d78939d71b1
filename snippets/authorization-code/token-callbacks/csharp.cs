using System.Web;
using Sandbox;

// Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
// code from the redirect. Your app reads it from the request to its redirect URI.
Func<SdkClient, string> getAuthCodeFromRedirectUri = sdkClient =>
{
    Uri callbackUrl = Browser.Authorize(sdkClient.OAuthACG.BuildAuthorizationUrl());
    return HttpUtility.ParseQueryString(callbackUrl.Query)["code"];
};

// Stands in for your database or cache.
OAuthToken savedToken = null;

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
        // Called whenever the client has no token or its token has expired.
        .OAuthTokenProvider(async (lastOAuthToken, authManager) =>
        {
            if (savedToken != null && !authManager.IsTokenExpired(savedToken))
            {
                return savedToken;
            }
            if (lastOAuthToken?.RefreshToken != null)
            {
                Console.WriteLine("Token expired: refreshing it");
                return await authManager.RefreshTokenAsync();
            }
            // Nothing to refresh: only the user can authorize the app again.
            throw new AuthorizationRequiredException("The user must sign in again");
        })
        // Called with every new token the client starts using: persist it here.
        .OAuthOnTokenUpdate(token =>
        {
            savedToken = token;
            Console.WriteLine($"Saved token {token.AccessToken.Substring(0, 8)}…");
        })
        .Build())
    .Build();

// The first token comes from the user's consent: exchanging the code triggers the update callback.
OAuthToken first = client.OAuthACG.FetchToken(getAuthCodeFromRedirectUri(client));
client = client.ToBuilder()
    .OAuthACGCredentials(client.OAuthACGModel.ToBuilder().OAuthToken(first).Build())
    .Build();
client.UserController.GetProfile();

// Demo only: move the sandbox clock an hour ahead so the token expires.
Clock.Advance(3600);
client.UserController.GetProfile();
