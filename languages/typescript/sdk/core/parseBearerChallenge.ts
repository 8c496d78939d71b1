import type { BearerChallenge } from '../errors';

/**
 * Extracts the parameters of a `Bearer` challenge from a `WWW-Authenticate` header value.
 * Only quoted-string and token values are needed here (RFC 6750 §3).
 */
export function parseBearerChallenge(header: string | undefined): BearerChallenge | undefined {
  const match = header && /(?:^|,)\s*Bearer\b(.*)$/i.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  const pattern = /([a-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/gi;
  for (const [, name, quoted, token] of (match[1] ?? '').matchAll(pattern)) {
    if (name && !(name.toLowerCase() in params)) {
      params[name.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : token!;
    }
  }
  return params;
}
