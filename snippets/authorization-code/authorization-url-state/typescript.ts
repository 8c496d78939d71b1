import { Client, OAuthScopeEnum } from 'sdk';

const client = new Client({
  authorizationCodeAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthRedirectUri: 'https://example.com/oauth/callback',
    oAuthScopes: [OAuthScopeEnum.ReadScope, OAuthScopeEnum.WriteScope],
  },
});

// A fresh, unguessable state for each sign-in. Keep it in the user's session: the callback
// must carry the same value, or it answers a request this user never made (RFC 6749, section 10.12).
const state = crypto.randomUUID();

// prompt=consent asks the server to show the consent screen even if the user approved before.
const authUrl = client.authorizationCodeAuthManager!.buildAuthorizationUrl(state, { prompt: 'consent' });
console.log(`State: ${state}`);
console.log(`Authorization URL: ${authUrl}`);
