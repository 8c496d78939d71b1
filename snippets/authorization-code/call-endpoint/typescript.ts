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

// Until the user authorizes the app, calls fail with AuthorizationRequiredError: exchange the
// code from the redirect first, and give the token to the client.
const code = await getAuthCodeFromRedirectUri();
const token = await client.authorizationCodeAuthManager!.fetchToken(code);
client = client.withConfiguration({ authorizationCodeAuthCredentials: { oAuthToken: token } });

// The client sends the token in the Authorization header.
const { statusCode, result } = await client.userController.getProfile();
console.log(`Status: ${statusCode}`);
console.log(`Profile: ${result.name} (${result.kind})`);

// Demo only: move the sandbox clock an hour ahead so the token expires.
clock.advance(3600);
console.log(`Token expired: ${client.authorizationCodeAuthManager!.isTokenExpired() ? 'yes' : 'no'}`);

// The next call notices and refreshes the token before sending the request.
const next = await client.userController.getProfile();
console.log(`Status: ${next.statusCode}`);
console.log(`Token expired: ${client.authorizationCodeAuthManager!.isTokenExpired() ? 'yes' : 'no'}`);

// Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
// code from the redirect. Your app reads it from the request to its redirect URI.
async function getAuthCodeFromRedirectUri(): Promise<string> {
  const callbackUrl = await browser.authorize(client.authorizationCodeAuthManager!.buildAuthorizationUrl());
  return callbackUrl.searchParams.get('code')!;
}
