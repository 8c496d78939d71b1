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

// Demo only: move the sandbox clock an hour ahead so the token expires.
Clock.Advance(3600);

// The password grant issues a refresh token: use it to get a new access token
// without asking the user for their password again (RFC 6749, section 6).
if (client.OAuthROPCG.IsTokenExpired())
{
    Console.WriteLine("Token expired: refreshing it");
    token = client.OAuthROPCG.RefreshToken();
    client = client.ToBuilder()
        .OAuthROPCGCredentials(client.OAuthROPCGModel.ToBuilder().OAuthToken(token).Build())
        .Build();
    Console.WriteLine($"New access token: {token.AccessToken.Substring(0, 8)}…");
}
