import java.util.Arrays;

public class StoredTokenExample {
    public static void main(String[] args) throws Exception {
        // Your code: read the token your app saved earlier (see "Token callbacks").
        OAuthToken storedToken = loadTokenFromDatabase();

        // Give the client the saved token: the user need not authorize the app again at every startup.
        // The client sends the token until it expires, then refreshes it.
        SdkClient client = new SdkClient.Builder()
                .authorizationCodeAuth(new AuthorizationCodeAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret",
                        "https://example.com/oauth/callback")
                        .oAuthScopes(Arrays.asList(
                                OAuthScopeEnum.READ_SCOPE,
                                OAuthScopeEnum.WRITE_SCOPE))
                        .oAuthToken(storedToken)
                        .build())
                .build();
        System.out.println("Stored token: " + storedToken.getAccessToken().substring(0, 8) + "…");
        System.out.println("Token expired: " + (client.getAuthorizationCodeAuth().isTokenExpired() ? "yes" : "no"));

        ApiResponse<UserProfile> response = client.getUserController().getProfile();
        System.out.println("Status: " + response.getStatusCode());
        System.out.println("Profile: " + response.getResult().getName() + " (" + response.getResult().getKind() + ")");
    }
}
