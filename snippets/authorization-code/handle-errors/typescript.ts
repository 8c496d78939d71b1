import { ApiError, Client, OAuthProviderError, OAuthScopeEnum } from 'sdk';
import { browser } from 'sandbox';

const client = new Client({
  authorizationCodeAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthRedirectUri: 'https://example.com/oauth/callback',
    oAuthScopes: [OAuthScopeEnum.ReadScope, OAuthScopeEnum.WriteScope],
  },
});

// The code from the request to your redirect URI (here a demo helper, below).
const code = await getAuthCodeFromRedirectUri();
await client.authorizationCodeAuthManager!.fetchToken(code);

try {
  // The same code a second time, as when the user reloads the callback page. Codes work once:
  // the server refuses it and revokes the tokens issued with it (RFC 6749, section 4.1.2).
  await client.authorizationCodeAuthManager!.fetchToken(code);
} catch (error) {
  if (error instanceof OAuthProviderError) {
    // The authorization server refused to issue a token (RFC 6749, section 5.2).
    console.log(`OAuth error: ${error.error}`);
    console.log(`Description: ${error.errorDescription}`);
  } else if (error instanceof ApiError) {
    // The API itself answered with an error status.
    console.log(`API error: HTTP ${error.statusCode}`);
  } else {
    throw error;
  }
}

// Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
// code from the redirect. Your app reads it from the request to its redirect URI.
async function getAuthCodeFromRedirectUri(): Promise<string> {
  const callbackUrl = await browser.authorize(client.authorizationCodeAuthManager!.buildAuthorizationUrl());
  return callbackUrl.searchParams.get('code')!;
}
