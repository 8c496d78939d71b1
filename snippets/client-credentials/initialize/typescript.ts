import { Client } from 'sdk';

// Configure the client once with the credentials the authorization server issued.
const client = new Client({
  clientCredentialsAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
  },
});

// No token yet: the first call that needs one makes the client fetch it.
const { statusCode, result } = await client.userController.getProfile();
console.log(`Status: ${statusCode}`);
console.log(`Profile: ${result.name} (${result.kind})`);
