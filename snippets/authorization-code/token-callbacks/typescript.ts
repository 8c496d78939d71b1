import { AuthorizationRequiredError, Client, OAuthScopeEnum, type OAuthToken } from 'sdk';
import { browser, clock } from 'sandbox';

// Stands in for your database or cache.
let savedToken: OAuthToken | undefined;

let client = new Client({
  authorizationCodeAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthRedirectUri: 'https://example.com/oauth/callback',
    oAuthScopes: [OAuthScopeEnum.ReadScope, OAuthScopeEnum.WriteScope],
    // Called whenever the client has no token or its token has expired.
    oAuthTokenProvider: async (lastOAuthToken, authManager) => {
      if (savedToken && !authManager.isTokenExpired(savedToken)) {
        return savedToken;
      }
      if (lastOAuthToken?.refreshToken) {
        console.log('Token expired: refreshing it');
        return authManager.refreshToken();
      }
      // Nothing to refresh: only the user can authorize the app again.
      throw new AuthorizationRequiredError('The user must sign in again');
    },
    // Called with every new token the client starts using: persist it here.
    oAuthOnTokenUpdate: (token) => {
      savedToken = token;
      console.log(`Saved token ${token.accessToken.slice(0, 8)}…`);
    },
  },
});

// The first token comes from the user's consent: exchanging the code triggers the update callback.
const token = await client.authorizationCodeAuthManager!.fetchToken(await getAuthCodeFromRedirectUri());
client = client.withConfiguration({ authorizationCodeAuthCredentials: { oAuthToken: token } });
await client.userController.getProfile();

// Demo only: move the sandbox clock an hour ahead so the token expires.
clock.advance(3600);
await client.userController.getProfile();

// Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
// code from the redirect. Your app reads it from the request to its redirect URI.
async function getAuthCodeFromRedirectUri(): Promise<string> {
  const callbackUrl = await browser.authorize(client.authorizationCodeAuthManager!.buildAuthorizationUrl());
  return callbackUrl.searchParams.get('code')!;
}
