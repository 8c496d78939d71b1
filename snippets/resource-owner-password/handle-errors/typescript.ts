import { ApiError, Client, OAuthProviderError } from 'sdk';

const client = new Client({
  resourceOwnerAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthUsername: 'OAuthUsername',
    // A password the server rejects, so the token request fails.
    oAuthPassword: 'wrong-password',
  },
});

try {
  await client.itemsController.listItems();
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
