import express from 'express';
import type { Response, Router } from 'express';
import { SCENARIOS, type MockOAuthServer } from '../../sandbox/mock-server';
import { isScenarioName } from '../../sandbox/mock-server/scenarios';
import type { RequestLog } from './RequestLog';

function badRequest(response: Response, message: string): void {
  response.status(400).json({ error: 'invalid_request', message });
}

/**
 * The controls a test harness (or a curious reader) uses between runs, under `/__control`:
 *
 * - `GET /` the server's state: scenarios, token lifetime, clock offset
 * - `POST /reset` forget tokens, codes and items; scenarios off; clock and lifetime back
 * - `POST /expire-tokens` every access token issued so far expires now
 * - `POST /clock` `{"advanceSeconds": 3600}` moves the server's clock forward
 * - `PUT /scenarios/:name` `{"enabled": true}` switches a failure scenario
 * - `PUT /token-lifetime` `{"seconds": 60}` lifetime of tokens issued from now on
 * - `GET /requests` the requests answered since the last reset
 */
export function controlRoutes(mock: MockOAuthServer, requests: RequestLog): Router {
  const { control } = mock;
  const router = express.Router();
  const state = () => ({
    scenarios: control.scenarios,
    tokenLifetimeSeconds: control.tokenLifetimeSeconds,
    clockOffsetSeconds: control.clockOffsetSeconds,
  });

  router.get('/', (_request, response) => {
    response.json(state());
  });
  router.post('/reset', (_request, response) => {
    control.reset();
    requests.clear();
    response.json(state());
  });
  router.post('/expire-tokens', (_request, response) => {
    control.expireTokens();
    response.json(state());
  });
  router.post('/clock', (request, response) => {
    const seconds: unknown = request.body?.advanceSeconds;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      return badRequest(
        response,
        'send JSON {"advanceSeconds": <non-negative number>}, e.g. {"advanceSeconds": 3600}',
      );
    }
    control.advanceClock(seconds);
    return response.json({ offsetSeconds: control.clockOffsetSeconds });
  });
  router.put('/scenarios/:name', (request, response) => {
    const { name } = request.params;
    const enabled: unknown = request.body?.enabled;
    if (!isScenarioName(name)) {
      return badRequest(
        response,
        `unknown scenario '${name}'; known: ${SCENARIOS.map((s) => s.name).join(', ')}`,
      );
    }
    if (typeof enabled !== 'boolean') {
      return badRequest(response, 'send JSON {"enabled": true} or {"enabled": false}');
    }
    control.setScenario(name, enabled);
    return response.json(state());
  });
  router.put('/token-lifetime', (request, response) => {
    const seconds: unknown = request.body?.seconds;
    if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds <= 0) {
      return badRequest(
        response,
        'send JSON {"seconds": <positive integer>}, e.g. {"seconds": 60}',
      );
    }
    control.tokenLifetimeSeconds = seconds;
    return response.json(state());
  });
  router.get('/requests', (_request, response) => {
    response.json(requests.entries);
  });
  return router;
}
