import { Client, type OAuthToken } from 'sdk';
import { clock } from 'sandbox';

// Stands in for your database or cache.
let savedToken: OAuthToken | undefined;

const client = new Client({
  resourceOwnerAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthUsername: 'OAuthUsername',
    oAuthPassword: 'OAuthPassword',
    // Called whenever the client has no token or its token has expired.
    oAuthTokenProvider: async (lastOAuthToken, authManager) => {
      if (savedToken && !authManager.isTokenExpired(savedToken)) {
        return savedToken;
      }
      if (lastOAuthToken?.refreshToken) {
        console.log('Token expired: refreshing it');
        return authManager.refreshToken();
      }
      console.log('No token yet: fetching one');
      return authManager.fetchToken();
    },
    // Called with every new token the client starts using: persist it here.
    oAuthOnTokenUpdate: (token) => {
      savedToken = token;
      console.log(`Saved token ${token.accessToken.slice(0, 8)}…`);
    },
  },
});

await client.userController.getProfile();

// Demo only: move the sandbox clock an hour ahead so the token expires.
clock.advance(3600);
await client.userController.getProfile();
