import java.util.Arrays;

public class HandleErrorsExample {
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
        client.getAuthorizationCodeAuth().fetchToken(authCode);

        try {
            // The same code a second time, as when the user reloads the callback page. Codes work once:
            // the server refuses it and revokes the tokens issued with it (RFC 6749, section 4.1.2).
            client.getAuthorizationCodeAuth().fetchToken(authCode);
        } catch (OAuthProviderException e) {
            // The authorization server refused to issue a token (RFC 6749, section 5.2).
            System.out.println("OAuth error: " + e.getError());
            System.out.println("Description: " + e.getErrorDescription());
        } catch (ApiException e) {
            // The API itself answered with an error status.
            System.out.println("API error: HTTP " + e.getResponseCode());
        }
    }
}
