import java.util.Arrays;

public class RefreshTokenExample {
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
        OAuthToken token = client.getAuthorizationCodeAuth().fetchToken(authCode);
        client = client.newBuilder()
                .authorizationCodeAuth(client.getAuthorizationCodeAuthModel().toBuilder()
                        .oAuthToken(token)
                        .build())
                .build();

        // ... an hour later, the token has expired.

        // The authorization code grant issues a refresh token: use it to get a new access token
        // without sending the user through the consent screen again (RFC 6749, section 6).
        if (client.getAuthorizationCodeAuth().isTokenExpired()) {
            System.out.println("Token expired: refreshing it");
            token = client.getAuthorizationCodeAuth().refreshToken();
            client = client.newBuilder()
                    .authorizationCodeAuth(client.getAuthorizationCodeAuthModel().toBuilder()
                            .oAuthToken(token)
                            .build())
                    .build();
            System.out.println("New access token: " + token.getAccessToken().substring(0, 8) + "…");
        }
    }
}
