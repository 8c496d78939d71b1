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

// The URL of the authorization server's consent page for this client, redirect URI and scopes.
// The SDK adds a PKCE challenge to it; add a state too to tie the answer to the user's session
// (see "Authorization URL with state").
const authUrl = client.authorizationCodeAuthManager!.buildAuthorizationUrl();
console.log(`Authorization URL: ${authUrl}`);

// Redirect the user's browser to authUrl. Demo only: the sandbox plays that browser.
const callbackUrl = await browser.authorize(authUrl);
console.log(`Redirected to: ${callbackUrl.origin}${callbackUrl.pathname}`);
console.log(`Code received: ${callbackUrl.searchParams.has('code') ? 'yes' : 'no'}`);
