import { Client, type OAuthToken } from 'sdk';

// Read the token your app saved earlier (see "Token callbacks").
const storedToken = await loadTokenFromDatabase();

// Give the client the saved token: it sends it until it expires, then fetches a new one.
const client = new Client({
  clientCredentialsAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthToken: storedToken,
  },
});
console.log(`Stored token: ${storedToken.accessToken.slice(0, 8)}…`);
console.log(`Token expired: ${client.clientCredentialsAuthManager!.isTokenExpired() ? 'yes' : 'no'}`);

const { statusCode } = await client.itemsController.listItems();
console.log(`Status: ${statusCode}`);

// Demo only: stands in for your database, returning a token saved as JSON by an earlier run.
async function loadTokenFromDatabase(): Promise<OAuthToken> {
  const earlier = new Client({
    clientCredentialsAuthCredentials: { oAuthClientId: 'OAuthClientId', oAuthClientSecret: 'OAuthClientSecret' },
  });
  return JSON.parse(JSON.stringify(await earlier.clientCredentialsAuthManager!.fetchToken()));
}
