import java.time.Instant;
import java.util.Arrays;

public class CheckExpiryExample {
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

        // Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
        System.out.println("Expires at: " + Instant.ofEpochSecond(token.getExpiry()));
        System.out.println("Token expired: " + (client.getAuthorizationCodeAuth().isTokenExpired() ? "yes" : "no"));

        // ... an hour later:
        System.out.println("Token expired: " + (client.getAuthorizationCodeAuth().isTokenExpired() ? "yes" : "no"));
    }
}
