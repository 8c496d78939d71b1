import { Client, OAuthScopeEnum } from 'sdk';
import { browser } from 'sandbox';

const client = new Client({
  authorizationCodeAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthRedirectUri: 'https://example.com/oauth/callback',
    oAuthScopes: [OAuthScopeEnum.ReadScope, OAuthScopeEnum.WriteScope],
  },
});

// 1. Sign-in request: a fresh state, kept in the user's session, goes into the authorization URL.
const state = crypto.randomUUID();
const authUrl = client.authorizationCodeAuthManager!.buildAuthorizationUrl(state);

// Demo only: the sandbox plays the user's browser; this run denies consent.
const callbackUrl = await browser.authorize(authUrl);

// 2. Callback request: the redirect carries the state you sent plus either a code or an error.
//    Check the state first: a mismatch means this user never made the request (RFC 6749, section 10.12).
const query = callbackUrl.searchParams;
if (query.get('state') !== state) {
  console.log('State mismatch: ignoring this callback');
} else if (query.has('error')) {
  console.log('State verified');
  console.log(`Authorization failed: ${query.get('error')}`);
  console.log(`Description: ${query.get('error_description')}`);
} else {
  console.log('State verified');
  console.log(`Authorization code: ${query.get('code')!.slice(0, 8)}…`);
}
