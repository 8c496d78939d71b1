import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpMockServer, type HttpMockServer } from './startHttpMockServer';

/** A GET with a chosen Host header (fetch always sends the URL's own). */
function getWithHost(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    });
    request.once('error', reject);
  });
}

describe('the HTTP mock server under another host name', () => {
  let server: HttpMockServer;
  let port: string;
  beforeAll(async () => {
    server = await startHttpMockServer();
    port = new URL(server.url).port;
  });
  afterAll(() => server.close());

  it('answers 421 naming its own address, since its issuer has one name only', async () => {
    const answer = await getWithHost(server.metadataUrl, { host: `localhost:${port}` });
    expect(answer.status).toBe(421);
    const body = JSON.parse(answer.body) as { error: string; message: string };
    expect(body.error).toBe('misdirected_request');
    expect(body.message).toContain(`use ${server.url}`);
    expect(body.message).toContain(`'localhost:${port}'`);
  });

  it('lets a page on loopback read that 421 and its message', async () => {
    const answer = await getWithHost(`${server.apiBaseUrl}/me`, {
      host: `localhost:${port}`,
      origin: 'http://localhost:5173',
    });
    expect(answer.status).toBe(421);
    expect(answer.headers['access-control-allow-origin']).toBe('http://localhost:5173');
  });

  it('turns away a DNS-rebound name pointing at loopback', async () => {
    const answer = await getWithHost(`${server.url}/__control`, {
      host: `rebound.example:${port}`,
    });
    expect(answer.status).toBe(421);
  });

  it('answers under its own name', async () => {
    const answer = await getWithHost(server.metadataUrl, { host: `127.0.0.1:${port}` });
    expect(answer.status).toBe(200);
  });
});
