import java.util.Arrays;

public class CallEndpointExample {
    public static void main(String[] args) throws Exception {
        SdkClient client = new SdkClient.Builder()
                .authorizationCodeAuth(new AuthorizationCodeAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret",
                        "https://example.com/oauth/callback")
                        .oAuthScopes(Arrays.asList(
                                OAuthScopeEnum.READ_SCOPE,
                                OAuthScopeEnum.WRITE_SCOPE))
                        .build())
                .build();

        // Until the user authorizes the app, calls fail: exchange the code from the redirect first,
        // and give the token to the client. getAuthCodeFromRedirectUri is your code (see "Handle the redirect").
        OAuthToken token = client.getAuthorizationCodeAuth().fetchToken(getAuthCodeFromRedirectUri());
        client = client.newBuilder()
                .authorizationCodeAuth(client.getAuthorizationCodeAuthModel().toBuilder()
                        .oAuthToken(token)
                        .build())
                .build();

        // The client sends the token in the Authorization header.
        ApiResponse<UserProfile> response = client.getUserController().getProfile();
        System.out.println("Status: " + response.getStatusCode());
        System.out.println("Profile: " + response.getResult().getName() + " (" + response.getResult().getKind() + ")");

        // ... an hour later, the token has expired.
        System.out.println("Token expired: " + (client.getAuthorizationCodeAuth().isTokenExpired() ? "yes" : "no"));

        // The next call notices and refreshes the token before sending the request.
        response = client.getUserController().getProfile();
        System.out.println("Status: " + response.getStatusCode());
        System.out.println("Token expired: " + (client.getAuthorizationCodeAuth().isTokenExpired() ? "yes" : "no"));
    }
}
