/**
 * Masks credentials in what the HTTP inspector shows. Secrets (client secret, password) are
 * hidden completely; tokens and codes keep their first characters so the reader can tell two
 * apart and match a token to the request that used it. Runs in the worker, so the page never
 * receives a secret at all.
 */

export const MASK = '••••••';

/**
 * Names compare without case, `_` or `-`, so `client_secret`, `clientSecret`, `Client-Secret` and
 * `oAuthClientSecret` are one name: JSON bodies, forms and headers spell them every way.
 */
function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

/** Names whose values are hidden completely (normalised). */
const secretNames = new Set([
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
const tokenNames = new Set([
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
  return value.length <= 8 ? MASK : `${value.slice(0, 4)}${MASK}`;
}

/** Masks one named value (form field, query parameter, JSON property), or leaves it. */
export function maskNamedValue(name: string, value: string): string {
  const key = normaliseName(name);
  if (secretNames.has(key)) return MASK;
  if (tokenNames.has(key)) return maskToken(value);
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
    return atob(text);
  } catch {
    return undefined;
  }
}

/** Masks a header value: Basic and Bearer credentials, cookies. */
export function maskHeader(name: string, value: string): string {
  const key = name.toLowerCase();
  if (key === 'authorization' || key === 'proxy-authorization') {
    const [scheme = '', credentials = ''] = value.split(/\s+/, 2);
    if (/^basic$/i.test(scheme)) {
      const decoded = decodeBase64(credentials);
      const user = decoded?.includes(':') ? decoded.slice(0, decoded.indexOf(':')) : undefined;
      // The client id is not a secret and tells the reader whose credentials these are.
      return user !== undefined
        ? `${scheme} ${MASK} (Base64 of "${decodeURIComponent(user)}:${MASK}")`
        : `${scheme} ${MASK}`;
    }
    if (/^(bearer|dpop)$/i.test(scheme)) return `${scheme} ${maskToken(credentials)}`;
    return MASK;
  }
  if (key === 'cookie' || key === 'set-cookie') {
    return value.replace(/=([^;,\s]*)/g, (_, cookie: string) => `=${cookie ? MASK : ''}`);
  }
  if (key === 'location' || key === 'content-location') return maskUrl(value);
  // Challenges and informational auth headers describe an error, they carry no credential.
  if (key === 'www-authenticate' || key === 'authentication-info') return value;
  if (secretHeaderPattern.test(key)) return MASK;
  if (tokenHeaderPattern.test(key)) return maskToken(value);
  return value;
}

/** Masks credential parameters in a URL's query and fragment. */
export function maskUrl(url: string): string {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? undefined : url.slice(hashAt + 1);
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt === -1 ? undefined : beforeHash.slice(queryAt + 1);
  let out = base;
  if (query !== undefined) out += `?${maskQueryString(query)}`;
  if (hash !== undefined) out += `#${maskQueryString(hash)}`;
  return out;
}

function maskQueryString(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals === -1) return pair;
      const name = pair.slice(0, equals);
      const value = pair.slice(equals + 1);
      let decodedName: string;
      try {
        decodedName = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        decodedName = name;
      }
      const masked = maskNamedValue(decodedName, value);
      return masked === value ? pair : `${name}=${masked}`;
    })
    .join('&');
}

/** Masks credential properties anywhere in a parsed JSON value (returns a copy). */
export function maskJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskJson);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string') out[key] = maskNamedValue(key, item);
      // A numeric PIN or password is a secret too.
      else if (typeof item === 'number' || typeof item === 'boolean')
        out[key] = maskNamedValue(key, String(item)) === String(item) ? item : MASK;
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
  return text
    .replace(
      /(["']?)([A-Za-z][\w-]{1,40})\1(\s*[=:]\s*)(["']?)([^&\s"'<>,;}]+)/g,
      (whole, quote: string, name: string, separator: string, open: string, value: string) => {
        const masked = maskNamedValue(name, value);
        return masked === value ? whole : `${quote}${name}${quote}${separator}${open}${masked}`;
      },
    )
    .replace(
      /\b(Basic|Bearer)\s+([A-Za-z0-9+/=._~-]{6,})/g,
      (_, scheme: string, credentials: string) =>
        scheme === 'Basic' ? `Basic ${MASK}` : `Bearer ${maskToken(credentials)}`,
    );
}
