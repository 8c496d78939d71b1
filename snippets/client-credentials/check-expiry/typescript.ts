import { Client } from 'sdk';
import { clock } from 'sandbox';

let client = new Client({
  clientCredentialsAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
  },
});

const token = await client.clientCredentialsAuthManager!.fetchToken();
client = client.withConfiguration({ clientCredentialsAuthCredentials: { oAuthToken: token } });

// Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
console.log(`Expires at: ${new Date(token.expiry! * 1000).toISOString()}`);
console.log(`Token expired: ${client.clientCredentialsAuthManager!.isTokenExpired() ? 'yes' : 'no'}`);

// Demo only: move the sandbox clock an hour ahead.
clock.advance(3600);
console.log(`Token expired: ${client.clientCredentialsAuthManager!.isTokenExpired() ? 'yes' : 'no'}`);
