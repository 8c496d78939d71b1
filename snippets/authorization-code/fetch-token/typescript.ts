import { Client, OAuthScopeEnum } from 'sdk';
import { browser } from 'sandbox';

let client = new Client({
  authorizationCodeAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthRedirectUri: 'https://example.com/oauth/callback',
    oAuthScopes: [OAuthScopeEnum.ReadScope, OAuthScopeEnum.WriteScope],
  },
});

// The code from the request to your redirect URI (here a demo helper, below).
const code = await getAuthCodeFromRedirectUri();

// Exchange the authorization code for an access token (and a refresh token).
const token = await client.authorizationCodeAuthManager!.fetchToken(code);

// Print only the start of the token: the whole value is a bearer credential.
console.log(`Access token: ${token.accessToken.slice(0, 8)}…`);
console.log(`Expires in: ${token.expiresIn} s`);
console.log(`Scopes: ${token.scope}`);
console.log(`Refresh token: ${token.refreshToken ? 'received' : 'none'}`);

// Build a client that sends this token on its API calls.
client = client.withConfiguration({
  authorizationCodeAuthCredentials: { oAuthToken: token },
});

// Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
// code from the redirect. Your app reads it from the request to its redirect URI.
async function getAuthCodeFromRedirectUri(): Promise<string> {
  const callbackUrl = await browser.authorize(client.authorizationCodeAuthManager!.buildAuthorizationUrl());
  return callbackUrl.searchParams.get('code')!;
}
