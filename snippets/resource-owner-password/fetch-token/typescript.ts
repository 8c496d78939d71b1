import { Client } from 'sdk';

let client = new Client({
  resourceOwnerAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthUsername: 'OAuthUsername',
    oAuthPassword: 'OAuthPassword',
  },
});

// Exchange the user's username and password for an access token (and a refresh token).
const token = await client.resourceOwnerAuthManager!.fetchToken();

// Print only the start of the token: the whole value is a bearer credential.
console.log(`Access token: ${token.accessToken.slice(0, 8)}…`);
console.log(`Expires in: ${token.expiresIn} s`);
console.log(`Scopes: ${token.scope}`);
console.log(`Refresh token: ${token.refreshToken ? 'received' : 'none'}`);

// Build a client that sends this token instead of fetching a new one.
client = client.withConfiguration({
  resourceOwnerAuthCredentials: { oAuthToken: token },
});
