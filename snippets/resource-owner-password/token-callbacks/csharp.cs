using Sandbox;

// Stands in for your database or cache.
OAuthToken savedToken = null;

SdkClient client = new SdkClient.Builder()
    .OAuthROPCGCredentials(
        new OAuthROPCGModel.Builder(
            "OAuthClientId",
            "OAuthClientSecret",
            "OAuthUsername",
            "OAuthPassword"
        )
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
            Console.WriteLine("No token yet: fetching one");
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

client.UserController.GetProfile();

// Demo only: move the sandbox clock an hour ahead so the token expires.
Clock.Advance(3600);
client.UserController.GetProfile();
