using Sandbox;

// Stands in for your database or cache.
OAuthToken savedToken = null;

SdkClient client = new SdkClient.Builder()
    .OAuthCCGCredentials(
        new OAuthCCGModel.Builder(
            "OAuthClientId",
            "OAuthClientSecret"
        )
        // Called whenever the client has no token or its token has expired.
        .OAuthTokenProvider(async (lastOAuthToken, authManager) =>
        {
            if (savedToken != null && !authManager.IsTokenExpired(savedToken))
            {
                return savedToken;
            }
            Console.WriteLine(lastOAuthToken == null ? "No token yet: fetching one" : "Token expired: fetching a new one");
            return await authManager.FetchTokenAsync();
        })
        // Called with every new token the client starts using: persist it here.
        .OAuthOnTokenUpdate(token =>
        {
            savedToken = token;
            Console.WriteLine($"Saved token {token.AccessToken.Substring(0, 8)}…");
        })
        .Build())
    .Build();

client.ItemsController.ListItems();

// Demo only: move the sandbox clock an hour ahead so the token expires.
Clock.Advance(3600);
client.ItemsController.ListItems();
