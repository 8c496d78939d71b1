import { Client } from 'sdk';

let client = new Client({
  clientCredentialsAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
  },
});

// Exchange the client's own credentials for an access token.
const token = await client.clientCredentialsAuthManager!.fetchToken();

// Print only the start of the token: the whole value is a bearer credential.
console.log(`Access token: ${token.accessToken.slice(0, 8)}…`);
console.log(`Expires in: ${token.expiresIn} s`);
console.log(`Scopes: ${token.scope}`);

// Build a client that sends this token instead of fetching a new one.
client = client.withConfiguration({
  clientCredentialsAuthCredentials: { oAuthToken: token },
});
