import { demo } from '../fixtures';
import { randomToken } from '../random';
import { resolveScope } from '../scope';
import type { Grant } from './types';

/** RFC 6749 §4.4: the client acts for itself; no refresh token (§4.4.3). */
export const clientCredentials: Grant = {
  grantType: 'client_credentials',
  parameters: [],
  handle({ client, params, state }) {
    const scope = resolveScope(params.get('scope'), client.scopes, demo.defaultScope);
    return state.issueTokens({
      clientId: client.clientId,
      subject: undefined,
      scope,
      grantId: randomToken(16),
    });
  },
};
