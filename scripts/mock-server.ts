/**
 * `npm run mock-server [-- --port N]`: the mock OAuth server over HTTP on loopback, until Ctrl+C.
 * Point an SDK at it with SDK_AUTH_SERVER_URL and SDK_API_BASE_URL (printed on start).
 */
import { parseArgs } from 'node:util';
import { demo } from '../sandbox/mock-server';
import { startHttpMockServer } from './mock-server/startHttpMockServer';

const usage = 'usage: npm run mock-server [-- --port <number>] [--host <address>]';
let values: { port?: string; host?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean' } },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = values.port === undefined ? 4010 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, got '${values.port}'\n${usage}`);
  process.exit(2);
}

async function main(): Promise<void> {
  try {
    const server = await startHttpMockServer({ port, host: values.host });
    console.log(`Mock OAuth server on ${server.url}
  authorization server  ${server.authServerUrl}  (metadata: ${server.metadataUrl})
  API                   ${server.apiBaseUrl}
  browser apps          pages on http://localhost:<port>, http://127.0.0.1:<port>, http://[::1]:<port> may fetch the metadata, the token endpoint and the API (CORS)
  controls              ${server.controlUrl}  (POST /reset, POST /clock {"advanceSeconds": n}, PUT /scenarios/<name> {"enabled": true}, GET /requests)
Demo client ${demo.clientId} / ${demo.clientSecret}, user ${demo.user.username} / ${demo.user.password}, redirect URI ${demo.redirectUri}
To point an SDK at it:
  export SDK_AUTH_SERVER_URL=${server.authServerUrl} SDK_API_BASE_URL=${server.apiBaseUrl} MOCK_SERVER_URL=${server.url}`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${port} is in use: pass another with npm run mock-server -- --port <number> (0 picks a free one)`
        : String(error),
    );
    process.exit(1);
  }
}

void main();
