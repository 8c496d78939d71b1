import type { BrowserContext } from '@playwright/test';
import { startLoopbackTarget } from './loopbackTarget';

/**
 * The loopback target hostile code aims at (`startLoopbackTarget`), and every request the browser
 * makes to a host other than loopback.
 */
export async function watchTheNetwork(context: BrowserContext) {
  const { target, hits, close } = await startLoopbackTarget();
  // Chromium reports a request the policy refused as a request that failed with `csp`: it
  // never left the browser. Any other request to another host, or to the target, did.
  const attempted: string[] = [];
  const refused: string[] = [];
  const isWatched = (address: string) => {
    const url = new URL(address);
    return url.host === target || !['127.0.0.1', 'localhost'].includes(url.hostname);
  };
  context.on('request', (request) => {
    // `data:` and `blob:` URLs are the page's own memory (Pyodide imports its modules from blob:).
    if (isWatched(request.url()) && !/^(data|blob):/.test(request.url()))
      attempted.push(request.url());
  });
  context.on('requestfailed', (request) => {
    if (request.failure()?.errorText === 'csp') refused.push(request.url());
  });
  return {
    target,
    hits,
    refused,
    /** Requests to another host or the target that the policy did not refuse. */
    leaked: () => attempted.filter((url) => !refused.includes(url)),
    close,
  };
}
