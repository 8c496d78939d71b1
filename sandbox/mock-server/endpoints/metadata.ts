import { http, HttpResponse } from 'msw';
import type { ServerContext } from '../context';
import { SCOPE_DESCRIPTIONS } from '../fixtures';
import { grants } from '../grants';

/** `GET /.well-known/oauth-authorization-server` (RFC 8414 §3). */
export function metadataEndpoint(context: ServerContext) {
  const issuer = context.authServerUrl;
  return http.get(`${issuer}/.well-known/oauth-authorization-server`, () =>
    HttpResponse.json({
      issuer,
      authorization_endpoint: `${issuer}/oauth2/authorize`,
      token_endpoint: `${issuer}/oauth2/token`,
      scopes_supported: Object.keys(SCOPE_DESCRIPTIONS),
      response_types_supported: ['code'],
      response_modes_supported: ['query'],
      grant_types_supported: [...grants.keys()],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
      code_challenge_methods_supported: ['S256', 'plain'],
    }),
  );
}
