import { Client } from 'sdk';
import { clock } from 'sandbox';

let client = new Client({
  resourceOwnerAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthUsername: 'OAuthUsername',
    oAuthPassword: 'OAuthPassword',
  },
});

const token = await client.resourceOwnerAuthManager!.fetchToken();
client = client.withConfiguration({ resourceOwnerAuthCredentials: { oAuthToken: token } });

// Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
console.log(`Expires at: ${new Date(token.expiry! * 1000).toISOString()}`);
console.log(`Token expired: ${client.resourceOwnerAuthManager!.isTokenExpired() ? 'yes' : 'no'}`);

// Demo only: move the sandbox clock an hour ahead.
clock.advance(3600);
console.log(`Token expired: ${client.resourceOwnerAuthManager!.isTokenExpired() ? 'yes' : 'no'}`);
