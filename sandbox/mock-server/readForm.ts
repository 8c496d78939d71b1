import { errors } from './errors';
import type { OAuthError } from './errors';

/** Request parameters after RFC 6749 §3.1 rules: empty values dropped, repeats rejected. */
export type Parameters = ReadonlyMap<string, string>;

/**
 * Reads parameters: empty values count as omitted and a repeated parameter is an error
 * (RFC 6749 §3.1, §3.2). `makeError` picks the error to throw (invalid_request by default).
 */
export function toParameters(
  search: URLSearchParams,
  makeError: (description: string) => OAuthError = errors.invalidRequest,
): Parameters {
  const params = new Map<string, string>();
  for (const [name, value] of search) {
    if (value === '') continue;
    if (params.has(name)) throw makeError(`The parameter '${name}' was sent more than once`);
    params.set(name, value);
  }
  return params;
}

/** Reads an application/x-www-form-urlencoded body; any other content type is invalid_request. */
export async function readForm(request: Request): Promise<Parameters> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    throw errors.invalidRequest(
      `Send the parameters as application/x-www-form-urlencoded (got ${type || 'no content type'}), RFC 6749 section 3.2`,
    );
  }
  return toParameters(new URLSearchParams(await request.text()));
}
