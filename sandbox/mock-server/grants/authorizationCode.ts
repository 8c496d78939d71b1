import { errors } from '../errors';
import { PKCE_VALUE, verifyCodeVerifier } from '../pkce';
import type { Grant } from './types';

/**
 * RFC 6749 §4.1.3 with PKCE (RFC 7636 §4.6). A code works once: the first attempt consumes it, and
 * presenting it again revokes the tokens issued with it (§4.1.2). It is bound to the client and
 * the redirect URI and expires after 10 minutes.
 */
export const authorizationCode: Grant = {
  grantType: 'authorization_code',
  parameters: ['code'],
  async handle({ client, params, state }) {
    const record = state.codes.get(params.get('code')!);
    if (!record || record.clientId !== client.clientId) {
      throw errors.invalidGrant(
        'The authorization code is invalid or was issued to another client',
      );
    }
    if (record.used) {
      state.revokeGrant(record.grantId);
      throw errors.invalidGrant(
        'The authorization code was already used; the tokens issued with it are now revoked (RFC 6749 section 4.1.2)',
      );
    }
    record.used = true;
    if (state.now() >= record.expiresAt) {
      throw errors.invalidGrant('The authorization code expired (codes live 10 minutes)');
    }

    const redirectUri = params.get('redirect_uri');
    if (redirectUri === undefined && record.redirectUriSent) {
      throw errors.invalidRequest(
        'redirect_uri is required: the authorization request included one (RFC 6749 section 4.1.3)',
      );
    }
    if (redirectUri !== undefined && redirectUri !== record.redirectUri) {
      throw errors.invalidGrant('redirect_uri does not match the one of the authorization request');
    }

    const verifier = params.get('code_verifier');
    if (record.codeChallenge !== undefined && record.codeChallengeMethod !== undefined) {
      if (verifier === undefined) {
        throw errors.invalidGrant(
          'code_verifier is missing, but the authorization request carried a code_challenge (RFC 7636 section 4.5)',
        );
      }
      if (
        !PKCE_VALUE.test(verifier) ||
        !(await verifyCodeVerifier(verifier, record.codeChallenge, record.codeChallengeMethod))
      ) {
        throw errors.invalidGrant(
          `code_verifier does not match the code_challenge (method ${record.codeChallengeMethod})`,
        );
      }
    } else if (verifier !== undefined) {
      // RFC 9700 §2.1.1: a verifier without a challenge hints at a PKCE downgrade attack.
      throw errors.invalidGrant(
        'code_verifier was sent, but the authorization request had no code_challenge',
      );
    }

    return state.issueTokens({
      clientId: client.clientId,
      subject: record.subject,
      scope: record.scope,
      grantId: record.grantId,
      refreshScope: client.grantTypes.includes('refresh_token') ? record.scope : undefined,
    });
  },
};
