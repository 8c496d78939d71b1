/** RFC 1122 §3.2.1.3: the whole of 127.0.0.0/8 is loopback, not only 127.0.0.1. */
const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/**
 * Whether `origin` (an `Origin` header) is a page served from this machine: `http` or `https`,
 * any port, on `localhost` or a name under `.localhost` (RFC 6761 §6.3: browsers resolve them to
 * loopback and never ask DNS), an IPv4 loopback address or `[::1]` (RFC 4291 §2.5.3).
 *
 * `null` is not: file:// pages send it, but so do sandboxed frames of any site. Only an origin as
 * browsers serialise it counts (`http://localhost:5173`, no path, no default port, lower case).
 *
 * @example
 * ```ts
 * isLoopbackOrigin('http://localhost:5173'); // true
 * isLoopbackOrigin('https://app.example.com'); // false
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6761#section-6.3
 */
export function isLoopbackOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin) {
    return false;
  }
  const { hostname } = url;
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    IPV4_LOOPBACK.test(hostname)
  );
}
