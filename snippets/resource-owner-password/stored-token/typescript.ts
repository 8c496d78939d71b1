import { Client, type OAuthToken } from 'sdk';

// Read the token your app saved earlier (see "Token callbacks").
const storedToken = await loadTokenFromDatabase();

// Give the client the saved token: it sends it until it expires, then refreshes it.
const client = new Client({
  resourceOwnerAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthUsername: 'OAuthUsername',
    oAuthPassword: 'OAuthPassword',
    oAuthToken: storedToken,
  },
});
console.log(`Stored token: ${storedToken.accessToken.slice(0, 8)}…`);
console.log(`Token expired: ${client.resourceOwnerAuthManager!.isTokenExpired() ? 'yes' : 'no'}`);

const { statusCode, result } = await client.userController.getProfile();
console.log(`Status: ${statusCode}`);
console.log(`Profile: ${result.name} (${result.kind})`);

// Demo only: stands in for your database, returning a token saved as JSON by an earlier run.
async function loadTokenFromDatabase(): Promise<OAuthToken> {
  const earlier = new Client({
    resourceOwnerAuthCredentials: {
      oAuthClientId: 'OAuthClientId',
      oAuthClientSecret: 'OAuthClientSecret',
      oAuthUsername: 'OAuthUsername',
      oAuthPassword: 'OAuthPassword',
    },
  });
  return JSON.parse(JSON.stringify(await earlier.resourceOwnerAuthManager!.fetchToken()));
}
