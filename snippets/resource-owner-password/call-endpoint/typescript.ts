import { Client } from 'sdk';
import { clock } from 'sandbox';

const client = new Client({
  resourceOwnerAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthUsername: 'OAuthUsername',
    oAuthPassword: 'OAuthPassword',
  },
});

// The client gets a token with the password grant before the first call and sends it in the Authorization header.
const { statusCode, result } = await client.itemsController.listItems();
console.log(`Status: ${statusCode}`);
console.log(`Items: ${result.items.length}`);

// Demo only: move the sandbox clock an hour ahead so the token expires.
clock.advance(3600);
console.log(`Token expired: ${client.resourceOwnerAuthManager!.isTokenExpired() ? 'yes' : 'no'}`);

// The next call notices and refreshes the token before sending the request.
const next = await client.itemsController.listItems();
console.log(`Status: ${next.statusCode}`);
console.log(`Token expired: ${client.resourceOwnerAuthManager!.isTokenExpired() ? 'yes' : 'no'}`);
