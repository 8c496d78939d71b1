// Configure the client once with its own credentials and the user's username and password.
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

// No token yet: the first call that needs one makes the client fetch it.
ApiResponse<UserProfile> response = client.UserController.GetProfile();
Console.WriteLine($"Status: {response.StatusCode}");
Console.WriteLine($"Profile: {response.Data.Name} ({response.Data.Kind})");
