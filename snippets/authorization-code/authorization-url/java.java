import java.util.Arrays;

public class AuthorizationUrlExample {
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

        // The URL of the authorization server's consent page for this client, redirect URI and scopes.
        // The SDK adds a PKCE challenge to it; add a state too to tie the answer to the user's session
        // (see "Authorization URL with state").
        String authUrl = client.getAuthorizationCodeAuth().buildAuthorizationUrl();
        System.out.println("Authorization URL: " + authUrl);

        // Redirect the user's browser to authUrl: after consent, the server sends the user back to
        // https://example.com/oauth/callback with a code (see "Handle the redirect").
    }
}
