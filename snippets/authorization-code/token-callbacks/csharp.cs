// Stands in for your database or cache.
OAuthToken? savedToken = null;

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
            throw new InvalidOperationException("The user must sign in again");
        })
        // Called with every new token the client starts using: persist it here.
        .OAuthOnTokenUpdate(token =>
        {
            savedToken = token;
            Console.WriteLine($"Saved token {token.AccessToken[..8]}…");
        })
        .Build())
    .Build();

// The first token comes from the user's consent: exchanging the code triggers the update callback.
// GetAuthCodeFromRedirectUri is your code (see "Handle the redirect").
OAuthToken token = client.OAuthACG.FetchToken(GetAuthCodeFromRedirectUri());
client = client.ToBuilder()
    .OAuthACGCredentials(client.OAuthACGModel.ToBuilder().OAuthToken(token).Build())
    .Build();
client.UserController.GetProfile();

// ... an hour later, the token has expired:
client.UserController.GetProfile();
