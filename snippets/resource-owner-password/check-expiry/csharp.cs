using Sandbox;

SdkClient client = new SdkClient.Builder()
    .OAuthROPCGCredentials(
        new OAuthROPCGModel.Builder(
            "OAuthClientId",
            "OAuthClientSecret",
            "OAuthUsername",
            "OAuthPassword"
        )
        .Build())
    .Build();

OAuthToken token = client.OAuthROPCG.FetchToken();
client = client.ToBuilder()
    .OAuthROPCGCredentials(client.OAuthROPCGModel.ToBuilder().OAuthToken(token).Build())
    .Build();

// Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
Console.WriteLine($"Expires at: {DateTimeOffset.FromUnixTimeSeconds(token.Expiry.Value):O}");
Console.WriteLine($"Token expired: {(client.OAuthROPCG.IsTokenExpired() ? "yes" : "no")}");

// Demo only: move the sandbox clock an hour ahead.
Clock.Advance(3600);
Console.WriteLine($"Token expired: {(client.OAuthROPCG.IsTokenExpired() ? "yes" : "no")}");
