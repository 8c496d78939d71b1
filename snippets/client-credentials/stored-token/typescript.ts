import { Client, type OAuthToken } from 'sdk';

// Demo only: a token saved as JSON by an earlier run stands in for your database.
const earlier = new Client({
  clientCredentialsAuthCredentials: { oAuthClientId: 'OAuthClientId', oAuthClientSecret: 'OAuthClientSecret' },
});
const savedJson = JSON.stringify(await earlier.clientCredentialsAuthManager!.fetchToken());
const loadTokenFromDatabase = (): OAuthToken => JSON.parse(savedJson);

// Give the client the saved token: it sends it until it expires, then fetches a new one.
const storedToken = loadTokenFromDatabase();
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
