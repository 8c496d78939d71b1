import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A server on loopback that hostile code aims at: a real host would be unreachable here, so a
 * request to it could not be told from a blocked one. Every request that reaches it is in `hits`,
 * whatever engine sent it.
 */
export async function startLoopbackTarget() {
  const hits: string[] = [];
  const server = http.createServer((request, response) => {
    hits.push(request.url ?? '');
    response.writeHead(200, {
      'content-type': 'text/javascript',
      'access-control-allow-origin': '*',
    });
    response.end('globalThis.reached = true;');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    /** `host:port`, as the hostile programs take it. */
    target: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
