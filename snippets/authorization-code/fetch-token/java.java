import java.util.Arrays;

public class FetchTokenExample {
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

        // Your code: the code from the request to your redirect URI (see "Handle the redirect").
        String authCode = getAuthCodeFromRedirectUri();

        // Exchange the authorization code for an access token (and a refresh token).
        OAuthToken token = client.getAuthorizationCodeAuth().fetchToken(authCode);

        // Print only the start of the token: the whole value is a bearer credential.
        System.out.println("Access token: " + token.getAccessToken().substring(0, 8) + "…");
        System.out.println("Expires in: " + token.getExpiresIn() + " s");
        System.out.println("Scopes: " + token.getScope());
        System.out.println("Refresh token: " + (token.getRefreshToken() != null ? "received" : "none"));

        // Build a client that sends this token on its API calls.
        client = client.newBuilder()
                .authorizationCodeAuth(client.getAuthorizationCodeAuthModel().toBuilder()
                        .oAuthToken(token)
                        .build())
                .build();
    }
}
