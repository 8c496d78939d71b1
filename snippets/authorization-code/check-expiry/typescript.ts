import { Client, OAuthScopeEnum } from 'sdk';
import { browser, clock } from 'sandbox';

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
const token = await client.authorizationCodeAuthManager!.fetchToken(code);
client = client.withConfiguration({ authorizationCodeAuthCredentials: { oAuthToken: token } });

// Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
console.log(`Expires at: ${new Date(token.expiry! * 1000).toISOString()}`);
console.log(`Token expired: ${client.authorizationCodeAuthManager!.isTokenExpired() ? 'yes' : 'no'}`);

// Demo only: move the sandbox clock an hour ahead.
clock.advance(3600);
console.log(`Token expired: ${client.authorizationCodeAuthManager!.isTokenExpired() ? 'yes' : 'no'}`);

// Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
// code from the redirect. Your app reads it from the request to its redirect URI.
async function getAuthCodeFromRedirectUri(): Promise<string> {
  const callbackUrl = await browser.authorize(client.authorizationCodeAuthManager!.buildAuthorizationUrl());
  return callbackUrl.searchParams.get('code')!;
}
