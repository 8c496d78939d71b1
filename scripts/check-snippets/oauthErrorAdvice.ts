import { demo } from '../../sandbox/mock-server';

/**
 * What usually causes each OAuth `error` code a snippet's run meets, in this site's demo setup:
 * the token endpoint's codes (RFC 6749 §5.2), the authorization endpoint's (§4.1.2.1) and the
 * resource server's (RFC 6750 §3.1). Read /work/shared/reference/rfc6749.md for the full text.
 */
const causes: Record<string, string> = {
  invalid_request: `a required parameter is missing, repeated or malformed (a redirect URI, a PKCE code_verifier)`,
  invalid_client: `client authentication failed: the client id or secret is wrong (the demo client is "${demo.clientId}" with the secret "${demo.clientSecret}")`,
  invalid_grant: `the authorization code, refresh token or username and password is wrong, expired or already used (the demo user is "${demo.username}" with the password "${demo.password}"), or the code's redirect URI or PKCE verifier does not match`,
  unauthorized_client: `this client may not use this grant type`,
  unsupported_grant_type: `the server does not know this grant_type`,
  invalid_scope: `a requested scope is unknown or more than the client may have (the demo scopes are ${demo.scopes.map((scope) => `"${scope}"`).join(' and ')})`,
  access_denied: `the reader denied consent: the run answers the consent screen with "run.consent" in meta.json`,
  unsupported_response_type: `the server does not issue this response_type`,
  server_error: `the server failed: a mock-server scenario the snippet turned on`,
  temporarily_unavailable: `the server is overloaded or down: a mock-server scenario the snippet turned on`,
  invalid_token: `the access token is expired, revoked or not one the server issued: fetch or refresh a token first`,
  insufficient_scope: `the token lacks the scope this API call needs: request the scope when the token is fetched (each SDK's scope names are in the README's "Names in each SDK" table)`,
};

/** The RFC `error` code an error message names (`…failed with invalid_client…`), if any. */
export function oauthErrorIn(message: string): string | undefined {
  return Object.keys(causes).find((code) => new RegExp(`\\b${code}\\b`).test(message));
}

/** `the server answered "invalid_client" (RFC 6749 §5.2): usually …`, or undefined for an unknown code. */
export function oauthErrorAdvice(code: string): string | undefined {
  const cause = causes[code];
  if (cause === undefined) return undefined;
  const rfc = ['invalid_token', 'insufficient_scope'].includes(code)
    ? 'RFC 6750 §3.1'
    : ['access_denied', 'unsupported_response_type'].includes(code)
      ? 'RFC 6749 §4.1.2.1'
      : 'RFC 6749 §5.2';
  return `the server answered "${code}" (${rfc}), which usually means ${cause}`;
}
