/**
 * Masks credentials in what the HTTP inspector shows. Secrets (client secret, password) are
 * hidden completely; tokens and codes keep their first characters so the reader can tell two
 * apart and match a token to the request that used it. Runs in the worker, so the page never
 * receives a secret at all.
 *
 * It runs while the reader's code runs, in the same realm: every built-in it needs is a copy
 * taken before that code could replace it (`intrinsics.ts`), so a replaced
 * `String.prototype.toLowerCase` or `RegExp.prototype.exec` cannot make it miss a name (issue 22).
 */
import { append, intrinsics, matches, replaceMatches, splitText } from './intrinsics';

const { toLowerCase, slice, indexOf, keys, isArray, create, setPrototypeOf } = intrinsics;

export const MASK = '••••••';

/**
 * Names compare without case, `_` or `-`, so `client_secret`, `clientSecret`, `Client-Secret` and
 * `oAuthClientSecret` are one name: JSON bodies, forms and headers spell them every way.
 */
function normaliseName(name: string): string {
  return replaceMatches(toLowerCase(name), /[-_\s]/g, () => '');
}

/** A lookup table with no prototype: a property added to `Object.prototype` is not in it. */
function nameTable(names: readonly string[]): Record<string, true> {
  const table = create(null) as Record<string, true>;
  for (let index = 0; index < names.length; index++) table[names[index]!] = true;
  return table;
}

/** Names whose values are hidden completely (normalised). */
const secretNames = nameTable([
  'clientsecret',
  'oauthclientsecret',
  'password',
  'oauthpassword',
  'passwd',
  'secret',
  'clientassertion',
  'assertion',
  'apikey',
  'privatekey',
]);
/** Names whose values keep a short prefix (normalised). */
const tokenNames = nameTable([
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'code',
  'authorizationcode',
  'codeverifier',
  'token',
  'oauthtoken',
  'subjecttoken',
  'actortoken',
]);

/** A token shown by its first 4 characters. */
export function maskToken(value: string): string {
  return value.length <= 8 ? MASK : `${slice(value, 0, 4)}${MASK}`;
}

/** Masks one named value (form field, query parameter, JSON property), or leaves it. */
export function maskNamedValue(name: string, value: string): string {
  const key = normaliseName(name);
  if (secretNames[key] === true) return MASK;
  if (tokenNames[key] === true) return maskToken(value);
  return value;
}

/**
 * Header names that carry a credential by convention (`X-Client-Secret`, `X-Api-Key`,
 * `X-Auth-Token`, `X-Refresh-Token`): a custom header is masked by its name, since its value has
 * no scheme to recognise.
 */
const secretHeaderPattern = /secret|passw|api-?key|private-?key|credential|signature|session/;
const tokenHeaderPattern = /token|auth/;

function decodeBase64(text: string): string | undefined {
  try {
    return intrinsics.atob(text);
  } catch {
    return undefined;
  }
}

/** Masks a header value: Basic and Bearer credentials, cookies. */
export function maskHeader(name: string, value: string): string {
  const key = toLowerCase(name);
  if (key === 'authorization' || key === 'proxy-authorization') {
    const parts = intrinsics.exec(/^\s*(\S*)\s*(\S*)/, value);
    const scheme = parts?.[1] ?? '';
    const credentials = parts?.[2] ?? '';
    if (matches(/^basic$/i, scheme)) {
      const decoded = decodeBase64(credentials);
      const colon = decoded === undefined ? -1 : indexOf(decoded, ':');
      const user = colon === -1 ? undefined : slice(decoded!, 0, colon);
      // The client id is not a secret and tells the reader whose credentials these are.
      return user !== undefined
        ? `${scheme} ${MASK} (Base64 of "${decodeText(user)}:${MASK}")`
        : `${scheme} ${MASK}`;
    }
    if (matches(/^(bearer|dpop)$/i, scheme)) return `${scheme} ${maskToken(credentials)}`;
    return MASK;
  }
  if (key === 'cookie' || key === 'set-cookie') {
    return replaceMatches(value, /=([^;,\s]*)/g, (match) => `=${match[1] ? MASK : ''}`);
  }
  if (key === 'location' || key === 'content-location') return maskUrl(value);
  // Challenges and informational auth headers describe an error, they carry no credential.
  if (key === 'www-authenticate' || key === 'authentication-info') return value;
  if (matches(secretHeaderPattern, key)) return MASK;
  if (matches(tokenHeaderPattern, key)) return maskToken(value);
  return value;
}

/** `decodeURIComponent`, or the text as it is when it is not valid percent-encoding. */
function decodeText(text: string): string {
  try {
    return intrinsics.decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A form field's name or value as URL-encoded forms spell it (`+` for a space). */
export function decodeFormText(text: string): string {
  return decodeText(replaceMatches(text, /\+/g, () => ' '));
}

/** Masks credential parameters in a URL's query and fragment. */
export function maskUrl(url: string): string {
  const hashAt = indexOf(url, '#');
  const beforeHash = hashAt === -1 ? url : slice(url, 0, hashAt);
  const hash = hashAt === -1 ? undefined : slice(url, hashAt + 1);
  const queryAt = indexOf(beforeHash, '?');
  const base = queryAt === -1 ? beforeHash : slice(beforeHash, 0, queryAt);
  const query = queryAt === -1 ? undefined : slice(beforeHash, queryAt + 1);
  let out = base;
  if (query !== undefined) out += `?${maskQueryString(query)}`;
  if (hash !== undefined) out += `#${maskQueryString(hash)}`;
  return out;
}

function maskQueryString(query: string): string {
  const pairs = splitText(query, '&');
  const out: string[] = [];
  for (let index = 0; index < pairs.length; index++) {
    const pair = pairs[index]!;
    const equals = indexOf(pair, '=');
    if (equals === -1) {
      append(out, pair);
      continue;
    }
    const name = slice(pair, 0, equals);
    const value = slice(pair, equals + 1);
    const masked = maskNamedValue(decodeFormText(name), value);
    append(out, masked === value ? pair : `${name}=${masked}`);
  }
  return intrinsics.join(out, '&');
}

/**
 * Masks credential properties anywhere in a parsed JSON value. Returns a copy made of objects and
 * lists without a prototype, so `JSON.stringify` finds no `toJSON` the reader's code added.
 */
export function maskJson(value: unknown): unknown {
  if (isArray(value)) {
    const list: unknown[] = [];
    for (let index = 0; index < value.length; index++) append(list, maskJson(value[index]));
    return setPrototypeOf(list, null) as unknown[];
  }
  if (value !== null && typeof value === 'object') {
    const out = create(null);
    const names = keys(value);
    for (let index = 0; index < names.length; index++) {
      const key = names[index]!;
      const item = intrinsics.getOwnPropertyDescriptor(value, key)?.value;
      if (typeof item === 'string') out[key] = maskNamedValue(key, item);
      // A numeric PIN or password is a secret too.
      else if (typeof item === 'number' || typeof item === 'boolean')
        out[key] = maskNamedValue(key, `${item}`) === `${item}` ? item : MASK;
      else out[key] = maskJson(item);
    }
    return out;
  }
  return value;
}

/**
 * Masks what looks like a credential in free text: `name=value` and `"name": "value"` pairs with a
 * secret or token name in any spelling, and Basic/Bearer credentials. For bodies that are neither
 * a form nor JSON (an HTML page echoing a form, a text/plain body, a multipart part).
 */
export function maskText(text: string): string {
  const pairsMasked = replaceMatches(
    text,
    /(["']?)([A-Za-z][\w-]{1,40})\1(\s*[=:]\s*)(["']?)([^&\s"'<>,;}]+)/g,
    (match) => {
      // Read by index: destructuring would go through `Array.prototype[Symbol.iterator]`.
      const quote = match[1] ?? '';
      const name = match[2] ?? '';
      const value = match[5] ?? '';
      const masked = maskNamedValue(name, value);
      return masked === value
        ? match[0]
        : `${quote}${name}${quote}${match[3] ?? ''}${match[4] ?? ''}${masked}`;
    },
  );
  return replaceMatches(pairsMasked, /\b(Basic|Bearer)\s+([A-Za-z0-9+/=._~-]{6,})/g, (match) =>
    match[1] === 'Basic' ? `Basic ${MASK}` : `Bearer ${maskToken(match[2] ?? '')}`,
  );
}
