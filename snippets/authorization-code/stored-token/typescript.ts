import { Client, OAuthScopeEnum, type OAuthToken } from 'sdk';
import { browser } from 'sandbox';

// Read the token your app saved earlier (see "Token callbacks").
const storedToken = await loadTokenFromDatabase();

// Give the client the saved token: the user need not authorize the app again at every startup.
// The client sends the token until it expires, then refreshes it.
const client = new Client({
  authorizationCodeAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthRedirectUri: 'https://example.com/oauth/callback',
    oAuthScopes: [OAuthScopeEnum.ReadScope, OAuthScopeEnum.WriteScope],
    oAuthToken: storedToken,
  },
});
console.log(`Stored token: ${storedToken.accessToken.slice(0, 8)}…`);
console.log(`Token expired: ${client.authorizationCodeAuthManager!.isTokenExpired() ? 'yes' : 'no'}`);

const { statusCode, result } = await client.userController.getProfile();
console.log(`Status: ${statusCode}`);
console.log(`Profile: ${result.name} (${result.kind})`);

// Demo only: stands in for your database, returning a token saved as JSON by an earlier run
// (in which the sandbox played the user's browser and approved the consent screen).
async function loadTokenFromDatabase(): Promise<OAuthToken> {
  const earlier = new Client({
    authorizationCodeAuthCredentials: {
      oAuthClientId: 'OAuthClientId',
      oAuthClientSecret: 'OAuthClientSecret',
      oAuthRedirectUri: 'https://example.com/oauth/callback',
      oAuthScopes: [OAuthScopeEnum.ReadScope, OAuthScopeEnum.WriteScope],
    },
  });
  const callbackUrl = await browser.authorize(earlier.authorizationCodeAuthManager!.buildAuthorizationUrl());
  const token = await earlier.authorizationCodeAuthManager!.fetchToken(callbackUrl.searchParams.get('code')!);
  return JSON.parse(JSON.stringify(token));
}
