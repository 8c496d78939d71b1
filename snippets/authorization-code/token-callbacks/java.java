import java.util.Arrays;

public class TokenCallbacksExample {
    // Stands in for your database or cache.
    private static OAuthToken savedToken;

    public static void main(String[] args) throws Exception {
        SdkClient client = new SdkClient.Builder()
                .authorizationCodeAuth(new AuthorizationCodeAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret",
                        "https://example.com/oauth/callback")
                        .oAuthScopes(Arrays.asList(
                                OAuthScopeEnum.READ_SCOPE,
                                OAuthScopeEnum.WRITE_SCOPE))
                        // Called whenever the client has no token or its token has expired.
                        .oAuthTokenProvider((lastOAuthToken, authManager) -> {
                            if (savedToken != null && !authManager.isTokenExpired(savedToken)) {
                                return savedToken;
                            }
                            if (lastOAuthToken != null && lastOAuthToken.getRefreshToken() != null) {
                                System.out.println("Token expired: refreshing it");
                                return authManager.refreshToken();
                            }
                            // Nothing to refresh: only the user can authorize the app again.
                            throw new IllegalStateException("The user must sign in again");
                        })
                        // Called with every new token the client starts using: persist it here.
                        .oAuthOnTokenUpdate(token -> {
                            savedToken = token;
                            System.out.println("Saved token " + token.getAccessToken().substring(0, 8) + "…");
                        })
                        .build())
                .build();

        // The first token comes from the user's consent: exchanging the code triggers the update callback.
        // getAuthCodeFromRedirectUri is your code (see "Handle the redirect").
        OAuthToken token = client.getAuthorizationCodeAuth().fetchToken(getAuthCodeFromRedirectUri());
        client = client.newBuilder()
                .authorizationCodeAuth(client.getAuthorizationCodeAuthModel().toBuilder()
                        .oAuthToken(token)
                        .build())
                .build();
        client.getUserController().getProfile();

        // ... an hour later, the token has expired:
        client.getUserController().getProfile();
    }
}
