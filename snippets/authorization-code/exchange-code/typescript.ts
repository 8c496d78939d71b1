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

// 1. Sign-in request: a fresh state, kept in the user's session, goes into the authorization URL.
const state = crypto.randomUUID();
const authUrl = client.authorizationCodeAuthManager!.buildAuthorizationUrl(state);

// Demo only: the sandbox plays the user's browser and approves the consent screen.
const callbackUrl = await browser.authorize(authUrl);

// 2. Callback request: check the state, then exchange the code (with its state, so the SDK sends
//    the matching PKCE verifier) for a token. Codes are single-use and expire within minutes.
const query = callbackUrl.searchParams;
if (query.get('state') !== state) {
  throw new Error('State mismatch: ignore this callback');
}
const token = await client.authorizationCodeAuthManager!.fetchToken(query.get('code')!, state);
console.log(`Access token: ${token.accessToken.slice(0, 8)}…`);
console.log(`Scopes: ${token.scope}`);

// Re-initialize the client with the token: its API calls now act for the user.
client = client.withConfiguration({ authorizationCodeAuthCredentials: { oAuthToken: token } });
const { result } = await client.userController.getProfile();
console.log(`Signed in as: ${result.name}`);
