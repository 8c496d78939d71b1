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
const first = await client.authorizationCodeAuthManager!.fetchToken(code);
client = client.withConfiguration({ authorizationCodeAuthCredentials: { oAuthToken: first } });

// Demo only: move the sandbox clock an hour ahead so the token expires.
clock.advance(3600);

// The authorization code grant issues a refresh token: use it to get a new access token
// without sending the user through the consent screen again (RFC 6749, section 6).
if (client.authorizationCodeAuthManager!.isTokenExpired()) {
  console.log('Token expired: refreshing it');
  const token = await client.authorizationCodeAuthManager!.refreshToken();
  client = client.withConfiguration({ authorizationCodeAuthCredentials: { oAuthToken: token } });
  console.log(`New access token: ${token.accessToken.slice(0, 8)}…`);
}

// Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
// code from the redirect. Your app reads it from the request to its redirect URI.
async function getAuthCodeFromRedirectUri(): Promise<string> {
  const callbackUrl = await browser.authorize(client.authorizationCodeAuthManager!.buildAuthorizationUrl());
  return callbackUrl.searchParams.get('code')!;
}
