import { errors } from '../errors';
import { demo } from '../fixtures';
import { randomToken } from '../random';
import { resolveScope } from '../scope';
import type { Grant } from './types';

/** RFC 6749 §4.3: the resource owner's username and password for a token and a refresh token. */
export const password: Grant = {
  grantType: 'password',
  parameters: ['username', 'password'],
  handle({ client, params, state, user }) {
    if (params.get('username') !== user.username || params.get('password') !== user.password) {
      throw errors.invalidGrant('The username or password is incorrect');
    }
    const scope = resolveScope(params.get('scope'), client.scopes, demo.defaultScope);
    return state.issueTokens({
      clientId: client.clientId,
      subject: user.id,
      scope,
      grantId: randomToken(16),
      refreshScope: client.grantTypes.includes('refresh_token') ? scope : undefined,
    });
  },
};
