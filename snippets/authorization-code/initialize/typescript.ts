import { Client, OAuthScopeEnum } from 'sdk';

// Configure the client once: its credentials, the redirect URI registered for it,
// and the scopes to ask the user for.
const client = new Client({
  authorizationCodeAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthRedirectUri: 'https://example.com/oauth/callback',
    oAuthScopes: [OAuthScopeEnum.ReadScope, OAuthScopeEnum.WriteScope],
  },
});

// No token yet: the user must authorize the app first. Send them to this URL.
const authUrl = client.authorizationCodeAuthManager!.buildAuthorizationUrl();
console.log(`Authorization URL: ${authUrl}`);
