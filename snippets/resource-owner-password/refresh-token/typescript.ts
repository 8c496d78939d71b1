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

const first = await client.resourceOwnerAuthManager!.fetchToken();
client = client.withConfiguration({ resourceOwnerAuthCredentials: { oAuthToken: first } });

// Demo only: move the sandbox clock an hour ahead so the token expires.
clock.advance(3600);

// The password grant issues a refresh token: use it to get a new access token
// without asking the user for their password again (RFC 6749, section 6).
if (client.resourceOwnerAuthManager!.isTokenExpired()) {
  console.log('Token expired: refreshing it');
  const token = await client.resourceOwnerAuthManager!.refreshToken();
  client = client.withConfiguration({ resourceOwnerAuthCredentials: { oAuthToken: token } });
  console.log(`New access token: ${token.accessToken.slice(0, 8)}…`);
}
