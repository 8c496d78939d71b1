import { errors } from './errors';
import type { RegisteredClient } from './fixtures';
import type { Parameters } from './readForm';

/** How the client authenticated (RFC 8414 token_endpoint_auth_methods_supported names). */
export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'none';

/** `application/x-www-form-urlencoded` decoding of one value (RFC 6749 Appendix B). */
function formDecode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, ' '));
}

/** Compares secrets without stopping at the first difference. */
function sameSecret(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return difference === 0;
}

function readBasic(header: string): { clientId: string; clientSecret: string } {
  const match = /^Basic +([A-Za-z0-9+/]+=*) *$/i.exec(header);
  if (!match) {
    throw errors.invalidClient(
      'The Authorization header must be HTTP Basic with base64(client_id:client_secret)',
    );
  }
  let decoded: string;
  try {
    decoded = atob(match[1]!);
  } catch {
    throw errors.invalidClient('The Basic credentials are not valid base64');
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) throw errors.invalidClient('The Basic credentials have no colon separator');
  try {
    // RFC 6749 §2.3.1: id and secret are form-urlencoded before being joined with a colon.
    return {
      clientId: formDecode(decoded.slice(0, colon)),
      clientSecret: formDecode(decoded.slice(colon + 1)),
    };
  } catch {
    throw errors.invalidClient(
      'The Basic credentials are not form-urlencoded: encode client_id and client_secret with application/x-www-form-urlencoded before base64 (RFC 6749 section 2.3.1)',
    );
  }
}

/**
 * Authenticates the client of a token request (RFC 6749 §2.3): HTTP Basic, or client_id and
 * client_secret in the body, or client_id alone for a public client. More than one method in
 * one request is invalid_request.
 */
export function authenticateClient(
  request: Request,
  params: Parameters,
  clients: ReadonlyMap<string, RegisteredClient>,
  rejectAll: boolean,
): { client: RegisteredClient; method: ClientAuthMethod } {
  const header = request.headers.get('authorization');
  const bodyId = params.get('client_id');
  const bodySecret = params.get('client_secret');
  let method: ClientAuthMethod;
  let clientId: string;
  let secret: string | undefined;
  if (header !== null) {
    if (bodySecret !== undefined) {
      throw errors.invalidRequest(
        'The client used two authentication methods (HTTP Basic and client_secret in the body); use exactly one (RFC 6749 section 2.3)',
      );
    }
    ({ clientId, clientSecret: secret } = readBasic(header));
    if (bodyId !== undefined && bodyId !== clientId) {
      throw errors.invalidRequest('client_id in the body differs from the authenticated client');
    }
    method = 'client_secret_basic';
  } else if (bodySecret !== undefined) {
    if (bodyId === undefined) {
      throw errors.invalidRequest('client_secret in the body needs client_id next to it');
    }
    clientId = bodyId;
    secret = bodySecret;
    method = 'client_secret_post';
  } else if (bodyId !== undefined) {
    clientId = bodyId;
    method = 'none';
  } else {
    throw errors.invalidClient(
      'No client authentication: send HTTP Basic credentials or client_id and client_secret in the body',
    );
  }

  if (rejectAll) {
    throw errors.invalidClient(
      'The authorization server rejects this client (scenario rejectClient)',
    );
  }
  const client = clients.get(clientId);
  if (!client) throw errors.invalidClient('Unknown client');
  if (client.clientSecret === undefined) {
    if (method !== 'none') {
      throw errors.invalidClient('This is a public client: it has no secret to send');
    }
  } else if (method === 'none') {
    throw errors.invalidClient(
      'This confidential client must authenticate with its secret (HTTP Basic or client_secret_post)',
    );
  } else if (!sameSecret(secret ?? '', client.clientSecret)) {
    throw errors.invalidClient('Client authentication failed: the client secret is wrong');
  }
  return { client, method };
}
