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

// 1. Sign-in request: the SDK adds PKCE (RFC 7636) to every authorization URL. It keeps a random
//    code verifier for this state and puts only its SHA-256 hash in the URL (code_challenge, S256).
const state = crypto.randomUUID();
const authUrl = client.authorizationCodeAuthManager!.buildAuthorizationUrl(state);
console.log(`Authorization URL: ${authUrl}`);

// Demo only: the sandbox plays the user's browser and approves the consent screen.
const callbackUrl = await browser.authorize(authUrl);

// 2. Callback request: pass the returned state with the code. The SDK sends the verifier kept for
//    that state, proving the code is redeemed by the client that asked for it. Use the same client
//    instance for both requests: the verifier lives in its memory.
const returnedState = callbackUrl.searchParams.get('state');
if (returnedState !== state) {
  throw new Error('State mismatch: ignore this callback');
}
const token = await client.authorizationCodeAuthManager!.fetchToken(callbackUrl.searchParams.get('code')!, returnedState);
console.log(`Access token: ${token.accessToken.slice(0, 8)}…`);
