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

// Demo only: move the sandbox clock an hour ahead so the token expires.
Clock.Advance(3600);

// The client credentials grant issues no refresh token (RFC 6749, section 4.4.3):
// when the token expires, fetch a new one with the client's credentials
// (RefreshToken() does the same for this grant).
if (client.OAuthCCG.IsTokenExpired())
{
    Console.WriteLine("Token expired: fetching a new one");
    token = client.OAuthCCG.FetchToken();
    client = client.ToBuilder()
        .OAuthCCGCredentials(client.OAuthCCGModel.ToBuilder().OAuthToken(token).Build())
        .Build();
    Console.WriteLine($"New access token: {token.AccessToken.Substring(0, 8)}…");
}
