import { errors } from './errors';
import { SCOPE_DESCRIPTIONS } from './fixtures';

const KNOWN_SCOPES = Object.keys(SCOPE_DESCRIPTIONS);
/** RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ) */
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/;

/** A scope set in canonical order (the order of the API's scope list), so order never matters. */
export function normalizeScope(scopes: Iterable<string>): string[] {
  const set = new Set(scopes);
  return [
    ...KNOWN_SCOPES.filter((s) => set.has(s)),
    ...[...set].filter((s) => !KNOWN_SCOPES.includes(s)),
  ];
}

/** Parses a space-delimited `scope` parameter; `undefined` when absent. Malformed → invalid_scope. */
export function parseScope(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const tokens = raw.split(' ');
  if (tokens.some((token) => !SCOPE_TOKEN.test(token))) {
    throw errors.invalidScope(
      'The scope parameter is malformed: use scope names separated by single spaces (RFC 6749 section 3.3)',
    );
  }
  return normalizeScope(tokens);
}

/**
 * Resolves the scope of a new grant: the requested scopes (each known and allowed for the
 * client), or the default scope `read` when the request omits `scope`.
 */
export function resolveScope(
  raw: string | undefined,
  allowed: readonly string[],
  defaultScope: string,
): string[] {
  const requested = parseScope(raw) ?? defaultScope.split(' ');
  for (const scope of requested) {
    if (!KNOWN_SCOPES.includes(scope)) {
      throw errors.invalidScope(
        `Unknown scope '${scope}'. This API defines: ${KNOWN_SCOPES.join(', ')}`,
      );
    }
    if (!allowed.includes(scope)) {
      throw errors.invalidScope(`This client may not request the scope '${scope}'`);
    }
  }
  return requested;
}
