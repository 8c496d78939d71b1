import { http } from 'msw';
import { consentPage } from '../consentPage';
import type { ServerContext } from '../context';
import { authorizationErrorRedirect, errors, redirect } from '../errors';
import { demo } from '../fixtures';
import type { RegisteredClient } from '../fixtures';
import { errorPage } from '../html';
import { PKCE_VALUE } from '../pkce';
import { randomToken } from '../random';
import { resolveScope } from '../scope';

/** A request whose client or redirect URI cannot be trusted: answered with a page, never a redirect. */
class UntrustedRequestError extends Error {
  constructor(
    readonly error: string,
    description: string,
  ) {
    super(description);
  }
}

/** The validated parts of an authorization request (RFC 6749 §4.1.1, RFC 7636 §4.3). */
interface AuthorizationRequest {
  client: RegisteredClient;
  redirectUri: string;
  redirectUriSent: boolean;
  state: string | undefined;
  scope: string[];
  codeChallenge: string | undefined;
  codeChallengeMethod: 'S256' | 'plain' | undefined;
}

/** Non-empty values of a parameter (RFC 6749 §3.1: empty means omitted). */
function values(params: URLSearchParams, name: string): string[] {
  return params.getAll(name).filter((value) => value !== '');
}

/** Step 1: client and redirect URI. Failures here must not redirect (RFC 6749 §4.1.2.1). */
function identifyClient(params: URLSearchParams, context: ServerContext) {
  const clientIds = values(params, 'client_id');
  const redirectUris = values(params, 'redirect_uri');
  if (clientIds.length !== 1) {
    throw new UntrustedRequestError(
      'invalid_request',
      clientIds.length === 0
        ? 'The request has no client_id.'
        : 'The request has more than one client_id.',
    );
  }
  const client = context.clients.get(clientIds[0]!);
  if (!client)
    throw new UntrustedRequestError('invalid_client', 'The client_id is not registered.');
  if (redirectUris.length > 1) {
    throw new UntrustedRequestError(
      'invalid_request',
      'The request has more than one redirect_uri.',
    );
  }
  const sent = redirectUris[0];
  if (sent === undefined) {
    if (client.redirectUris.length !== 1) {
      throw new UntrustedRequestError(
        'invalid_request',
        'redirect_uri is required: the client has no single registered redirect URI.',
      );
    }
    return { client, redirectUri: client.redirectUris[0]!, redirectUriSent: false };
  }
  // RFC 6749 §3.1.2.3 / RFC 9700 §2.1: exact string comparison, no pattern or prefix matching.
  if (!client.redirectUris.includes(sent)) {
    throw new UntrustedRequestError(
      'invalid_request',
      'The redirect_uri does not exactly match a redirect URI registered for this client.',
    );
  }
  return { client, redirectUri: sent, redirectUriSent: true };
}

/** Step 2: everything else. Failures redirect back with an error (RFC 6749 §4.1.2.1). */
function validateRequest(
  params: URLSearchParams,
  client: RegisteredClient,
): Omit<AuthorizationRequest, 'client' | 'redirectUri' | 'redirectUriSent' | 'state'> {
  for (const name of new Set(params.keys())) {
    if (name !== 'decision' && values(params, name).length > 1) {
      throw errors.invalidRequest(`The parameter '${name}' was sent more than once`);
    }
  }
  const responseType = values(params, 'response_type')[0];
  if (responseType === undefined) throw errors.invalidRequest('response_type is missing');
  if (responseType !== 'code') {
    throw errors.unsupportedResponseType(
      `response_type '${responseType}' is not supported; use code`,
    );
  }
  if (!client.grantTypes.includes('authorization_code')) {
    throw errors.unauthorizedClient('This client may not use the authorization code grant');
  }
  const scope = resolveScope(values(params, 'scope')[0], client.scopes, demo.defaultScope);

  const codeChallenge = values(params, 'code_challenge')[0];
  const method = values(params, 'code_challenge_method')[0];
  if (codeChallenge === undefined) {
    if (method !== undefined) {
      throw errors.invalidRequest('code_challenge_method was sent without a code_challenge');
    }
    if (client.clientSecret === undefined) {
      throw errors.invalidRequest('Public clients must use PKCE: send a code_challenge (S256)');
    }
    return { scope, codeChallenge: undefined, codeChallengeMethod: undefined };
  }
  // RFC 7636 §4.3: an omitted method means plain.
  const codeChallengeMethod = method ?? 'plain';
  if (codeChallengeMethod !== 'S256' && codeChallengeMethod !== 'plain') {
    throw errors.invalidRequest(
      `code_challenge_method '${codeChallengeMethod}' is not supported; use S256`,
    );
  }
  if (!PKCE_VALUE.test(codeChallenge)) {
    throw errors.invalidRequest(
      'code_challenge must be 43 to 128 characters of [A-Z] [a-z] [0-9] - . _ ~ (RFC 7636 section 4.2)',
    );
  }
  return { scope, codeChallenge, codeChallengeMethod };
}

/**
 * Validates an authorization request and answers with `respond(request)`, an error redirect, or
 * (when the client or redirect URI is not trusted) an error page.
 */
function handleAuthorization(
  params: URLSearchParams,
  context: ServerContext,
  respond: (request: AuthorizationRequest) => Response,
): Response {
  let identified;
  try {
    identified = identifyClient(params, context);
  } catch (error) {
    if (error instanceof UntrustedRequestError) return errorPage(error.error, error.message);
    throw error;
  }
  const state = values(params, 'state')[0];
  try {
    return respond({ ...identified, state, ...validateRequest(params, identified.client) });
  } catch (error) {
    return authorizationErrorRedirect(error, identified.redirectUri, state);
  }
}

/** `GET /oauth2/authorize`: validates the request and shows the consent page. */
export function authorizePage(context: ServerContext) {
  const action = `${context.authServerUrl}/oauth2/authorize`;
  return http.get(action, ({ request }) => {
    const params = new URL(request.url).searchParams;
    return handleAuthorization(params, context, (validated) =>
      consentPage({
        action,
        client: validated.client,
        user: context.user,
        redirectUri: validated.redirectUri,
        scope: validated.scope,
        parameters: [...params].filter(([name]) => name !== 'decision'),
      }),
    );
  });
}

/**
 * `POST /oauth2/authorize`: the consent form. Re-validates every parameter (hidden inputs are
 * client input too), then redirects with a code (`decision=approve`) or `access_denied`.
 */
export function authorizeDecision(context: ServerContext) {
  return http.post(`${context.authServerUrl}/oauth2/authorize`, async ({ request }) => {
    const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') {
      return errorPage(
        'invalid_request',
        'The consent form must be posted as application/x-www-form-urlencoded.',
      );
    }
    const params = new URLSearchParams(await request.text());
    return handleAuthorization(params, context, (validated) => {
      const decision = values(params, 'decision')[0];
      if (decision === 'deny') throw errors.accessDenied('The user denied the request');
      if (decision !== 'approve') {
        throw errors.invalidRequest("decision must be 'approve' or 'deny'");
      }
      const code = randomToken(32);
      context.state.codes.set(code, {
        clientId: validated.client.clientId,
        subject: context.user.id,
        redirectUri: validated.redirectUri,
        redirectUriSent: validated.redirectUriSent,
        scope: validated.scope,
        codeChallenge: validated.codeChallenge,
        codeChallengeMethod: validated.codeChallengeMethod,
        expiresAt: context.state.now() + context.codeLifetimeSeconds * 1000,
        used: false,
        grantId: randomToken(16),
      });
      const location = new URL(validated.redirectUri);
      location.searchParams.set('code', code);
      if (validated.state !== undefined) location.searchParams.set('state', validated.state);
      return redirect(location);
    });
  });
}
