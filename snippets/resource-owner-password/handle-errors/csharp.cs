SdkClient client = new SdkClient.Builder()
    .OAuthROPCGCredentials(
        new OAuthROPCGModel.Builder(
            "OAuthClientId",
            "OAuthClientSecret",
            "OAuthUsername",
            // A password the server rejects, so the token request fails.
            "wrong-password"
        )
        .Build())
    .Build();

try
{
    client.ItemsController.ListItems();
}
catch (OAuthProviderException e)
{
    // The authorization server refused to issue a token (RFC 6749, section 5.2).
    Console.WriteLine($"OAuth error: {e.Error}");
    Console.WriteLine($"Description: {e.ErrorDescription}");
}
catch (ApiException e)
{
    // The API itself answered with an error status.
    Console.WriteLine($"API error: HTTP {e.ResponseCode}");
}
