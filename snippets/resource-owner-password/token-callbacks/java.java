import com.example.sandbox.Clock;
import com.example.sdk.SdkClient;
import com.example.sdk.authentication.ResourceOwnerAuthModel;
import com.example.sdk.models.OAuthToken;

public class ResourceOwnerTokenCallbacks {
    // Stands in for your database or cache.
    private static OAuthToken savedToken;

    public static void main(String[] args) {
        SdkClient client = new SdkClient.Builder()
                .resourceOwnerAuth(new ResourceOwnerAuthModel.Builder(
                        "OAuthClientId",
                        "OAuthClientSecret",
                        "OAuthUsername",
                        "OAuthPassword")
                        // Called whenever the client has no token or its token has expired.
                        .oAuthTokenProvider((lastOAuthToken, authManager) -> {
                            if (savedToken != null && !authManager.isTokenExpired(savedToken)) {
                                return savedToken;
                            }
                            if (lastOAuthToken != null && lastOAuthToken.getRefreshToken() != null) {
                                System.out.println("Token expired: refreshing it");
                                return authManager.refreshToken();
                            }
                            System.out.println("No token yet: fetching one");
                            return authManager.fetchToken();
                        })
                        // Called with every new token the client starts using: persist it here.
                        .oAuthOnTokenUpdate(token -> {
                            savedToken = token;
                            System.out.println("Saved token " + token.getAccessToken().substring(0, 8) + "…");
                        })
                        .build())
                .build();

        client.getUserController().getProfile();

        // Demo only: move the sandbox clock an hour ahead so the token expires.
        Clock.advance(3600);
        client.getUserController().getProfile();
    }
}
