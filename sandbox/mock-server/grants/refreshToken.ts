import { errors } from '../errors';
import { parseScope } from '../scope';
import type { Grant } from './types';

/**
 * RFC 6749 §6 with rotation (RFC 9700 §4.14.2): each refresh token works once and is replaced by
 * a new one. Presenting a rotated token again is a replay: invalid_grant, and the whole grant
 * (every token descended from the same authorization) is revoked.
 */
export const refreshToken: Grant = {
  grantType: 'refresh_token',
  parameters: ['refresh_token'],
  handle({ client, params, state }) {
    const presented = params.get('refresh_token')!;
    const record = state.refreshTokens.get(presented);
    if (!record || record.clientId !== client.clientId) {
      throw errors.invalidGrant('The refresh token is invalid or was issued to another client');
    }
    if (state.scenarios.has('revokeRefreshToken')) {
      throw errors.invalidGrant('The refresh token was revoked (scenario revokeRefreshToken)');
    }
    if (record.status === 'rotated') {
      state.revokeGrant(record.grantId);
      throw errors.invalidGrant(
        'The refresh token was already used and has been replaced; as a precaution every token of this grant is now revoked',
      );
    }
    if (record.status === 'revoked') throw errors.invalidGrant('The refresh token was revoked');

    const requested = parseScope(params.get('scope'));
    const excess = requested?.filter((scope) => !record.scope.includes(scope)) ?? [];
    if (excess.length > 0) {
      throw errors.invalidScope(
        `A refresh may narrow the scope but not widen it; not originally granted: ${excess.join(' ')}`,
      );
    }
    record.status = 'rotated';
    return state.issueTokens({
      clientId: client.clientId,
      subject: record.subject,
      scope: requested ?? record.scope,
      grantId: record.grantId,
      refreshScope: record.scope,
    });
  },
};
