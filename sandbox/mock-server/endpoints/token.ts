import { http } from 'msw';
import { authenticateClient } from '../clientAuthentication';
import type { ServerContext } from '../context';
import { errors, NO_STORE, tokenErrorResponse } from '../errors';
import { grants } from '../grants';
import { readForm } from '../readForm';

/** `POST /oauth2/token` (RFC 6749 §3.2): client authentication, then the grant's handler. */
export function tokenEndpoint(context: ServerContext) {
  return http.post(`${context.authServerUrl}/oauth2/token`, async ({ request }) => {
    const { state } = context;
    if (state.scenarios.has('slowServer')) {
      await new Promise((resolve) => setTimeout(resolve, context.slowServerDelayMs));
    }
    try {
      if (new URL(request.url).search) {
        throw errors.invalidRequest(
          'Token request parameters belong in the body, never in the URL (RFC 6749 section 3.2)',
        );
      }
      const params = await readForm(request);
      const { client } = authenticateClient(
        request,
        params,
        context.clients,
        state.scenarios.has('rejectClient'),
      );
      const grantType = params.get('grant_type');
      if (grantType === undefined) throw errors.invalidRequest('grant_type is missing');
      const grant = grants.get(grantType);
      if (!grant) {
        throw errors.unsupportedGrantType(
          `grant_type '${grantType}' is not supported; use one of: ${[...grants.keys()].join(', ')}`,
        );
      }
      if (!client.grantTypes.includes(grantType)) {
        throw errors.unauthorizedClient(`This client may not use the ${grantType} grant`);
      }
      for (const name of grant.parameters) {
        if (!params.has(name)) throw errors.invalidRequest(`The parameter '${name}' is missing`);
      }
      const body = await grant.handle({ client, params, state, user: context.user });
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { ...NO_STORE, 'content-type': 'application/json' },
      });
    } catch (error) {
      return tokenErrorResponse(error);
    }
  });
}
