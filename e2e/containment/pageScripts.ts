/**
 * What both containment suites put in the page, as function sources (Playwright's
 * `addInitScript` and `evaluate` take a string, and so does an engine page's `evaluate`): the same
 * recorder and the same forgery in Chromium (`e2e/containment.spec.ts`), Firefox and WebKit
 * (`e2e/engines/containmentSuite.ts`).
 */

/** The example every case runs in. */
export const containmentSnippet = {
  page: '/docs/client-credentials',
  id: 'client-credentials/fetch-token',
} as const;

/**
 * `() => void`: keeps every message the page receives from a runner worker in
 * `window.__fromWorkers`, as the bytes that crossed the boundary (the runner's wrapper hands each
 * to the page by dispatching it). Once per page.
 */
export const recordWorkerMessages = `() => {
  if (window.__fromWorkers) return;
  const received = [];
  Object.defineProperty(window, '__fromWorkers', { value: received });
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    if (event.type === 'message' && typeof event.data?.type === 'string') {
      received.push(JSON.stringify(event.data));
    }
    return dispatch.call(this, event);
  };
}`;

/** `() => string[]`: what `recordWorkerMessages` kept. */
export const workerMessages = `() => window.__fromWorkers ?? []`;

/**
 * `(target) => void`: stands in for a worker whose every layer the code got past: each consent
 * message the page receives carries HTML that would load from `target` (`host:port`), and a
 * paragraph `#kept` that may stay.
 */
export const forgeConsentHtml = `(target) => {
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    const data = event.data;
    if (event.type === 'message' && data?.type === 'consent' && data.request) {
      const html = '<img src="http://' + target + '/img.png"><link rel="stylesheet" href="http://' + target + '/style.css"><iframe src="http://' + target + '/frame"></iframe><p id="kept">kept</p>';
      const forged = { ...data, request: { ...data.request, html } };
      return dispatch.call(this, new MessageEvent('message', { data: forged }));
    }
    return dispatch.call(this, event);
  };
}`;
