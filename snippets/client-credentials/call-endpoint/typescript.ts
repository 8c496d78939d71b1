import { Client } from 'sdk';
import { clock } from 'sandbox';

const client = new Client({
  clientCredentialsAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
  },
});

// The client gets a token before the first call and sends it in the Authorization header.
const { statusCode, result } = await client.itemsController.listItems();
console.log(`Status: ${statusCode}`);
console.log(`Items: ${result.items.length}`);

// Demo only: move the sandbox clock an hour ahead so the token expires.
clock.advance(3600);
console.log(`Token expired: ${client.clientCredentialsAuthManager!.isTokenExpired() ? 'yes' : 'no'}`);

// The next call notices and fetches a new token before sending the request.
const next = await client.itemsController.listItems();
console.log(`Status: ${next.statusCode}`);
console.log(`Token expired: ${client.clientCredentialsAuthManager!.isTokenExpired() ? 'yes' : 'no'}`);
