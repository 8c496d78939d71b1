import { Client } from 'sdk';

// Configure the client once with its own credentials and the user's username and password.
const client = new Client({
  resourceOwnerAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthUsername: 'OAuthUsername',
    oAuthPassword: 'OAuthPassword',
  },
});

// No token yet: the first call that needs one makes the client fetch it.
const { statusCode, result } = await client.userController.getProfile();
console.log(`Status: ${statusCode}`);
console.log(`Profile: ${result.name} (${result.kind})`);
