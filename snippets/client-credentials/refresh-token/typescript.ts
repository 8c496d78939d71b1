import { Client } from 'sdk';
import { clock } from 'sandbox';

let client = new Client({
  clientCredentialsAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
  },
});

const first = await client.clientCredentialsAuthManager!.fetchToken();
client = client.withConfiguration({ clientCredentialsAuthCredentials: { oAuthToken: first } });

// Demo only: move the sandbox clock an hour ahead so the token expires.
clock.advance(3600);

// The client credentials grant issues no refresh token (RFC 6749, section 4.4.3):
// when the token expires, fetch a new one with the client's credentials
// (refreshToken() does the same for this grant).
if (client.clientCredentialsAuthManager!.isTokenExpired()) {
  console.log('Token expired: fetching a new one');
  const token = await client.clientCredentialsAuthManager!.fetchToken();
  client = client.withConfiguration({ clientCredentialsAuthCredentials: { oAuthToken: token } });
  console.log(`New access token: ${token.accessToken.slice(0, 8)}…`);
}
