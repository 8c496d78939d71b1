using Sandbox;

SdkClient client = new SdkClient.Builder()
    .OAuthCCGCredentials(
        new OAuthCCGModel.Builder(
            "OAuthClientId",
            "OAuthClientSecret"
        )
        .Build())
    .Build();

OAuthToken token = client.OAuthCCG.FetchToken();
client = client.ToBuilder()
    .OAuthCCGCredentials(client.OAuthCCGModel.ToBuilder().OAuthToken(token).Build())
    .Build();

// Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
Console.WriteLine($"Expires at: {DateTimeOffset.FromUnixTimeSeconds(token.Expiry.Value):O}");
Console.WriteLine($"Token expired: {(client.OAuthCCG.IsTokenExpired() ? "yes" : "no")}");

// Demo only: move the sandbox clock an hour ahead.
Clock.Advance(3600);
Console.WriteLine($"Token expired: {(client.OAuthCCG.IsTokenExpired() ? "yes" : "no")}");
