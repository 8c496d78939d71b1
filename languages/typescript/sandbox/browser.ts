import type { ConsentDecision, ConsentRequest } from './ConsentHandler';
import { environmentState } from './globalState';
import { parseConsentForm, parseErrorPage } from './parsePage';
import { SandboxError } from './SandboxError';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** The redirect target of a response, or undefined if it is not a readable redirect. */
function redirectTarget(response: Response, base: string): URL | undefined {
  if (response.type === 'opaqueredirect') {
    throw new SandboxError(
      'UNEXPECTED_RESPONSE',
      "The authorization server's redirect is opaque to this fetch: browser.authorize needs fetch routed through the mock server (the sandbox runner or msw/node)",
      { status: response.status },
    );
  }
  const location = response.headers.get('location');
  return REDIRECT_STATUSES.has(response.status) && location ? new URL(location, base) : undefined;
}

async function failWithPage(response: Response, step: string): Promise<never> {
  const html = await response.text();
  const { error, message } = parseErrorPage(html);
  throw new SandboxError(
    'AUTHORIZATION_ERROR_PAGE',
    `The authorization server answered ${step} with an error page (HTTP ${response.status}${error ? `, ${error}` : ''}) instead of redirecting: ${message}`,
    { status: response.status, error },
  );
}

/**
 * Plays the user's browser for the authorization code grant: opens the authorization URL with
 * `fetch` (so the HTTP inspector sees it), asks the consent handler to approve or deny, submits
 * the consent form and returns where the server redirected: the redirect URI with `code` and
 * `state`, or with `error` (e.g. `access_denied`).
 *
 * Throws `SandboxError` with code `AUTHORIZATION_ERROR_PAGE` when the server answers with an
 * error page instead of a redirect (unknown client, redirect URI mismatch), and
 * `CONSENT_HANDLER_MISSING` when consent is needed but no handler is set.
 *
 * @example
 * ```ts
 * import { browser } from 'sandbox';
 * const authUrl = client.authorizationCodeAuthManager?.buildAuthorizationUrl('xyz');
 * const callback: URL = await browser.authorize(authUrl);
 * const code = callback.searchParams.get('code');
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2
 */
async function authorize(url: string | URL | undefined): Promise<URL> {
  if (url === undefined || url === '') {
    throw new SandboxError(
      'INVALID_ARGUMENT',
      'browser.authorize(url) got no URL: is authorizationCodeAuthCredentials configured on the client?',
    );
  }
  const authorizationUrl = new URL(url).toString();
  const page = await fetch(authorizationUrl, { redirect: 'manual' });
  const early = redirectTarget(page, authorizationUrl);
  if (early) return early; // an error redirect (e.g. invalid_scope) without a consent screen
  if (!page.ok) return failWithPage(page, 'the authorization request');

  const html = await page.text();
  const form = parseConsentForm(html);
  if (!form || !form.action) {
    throw new SandboxError(
      'UNEXPECTED_RESPONSE',
      `The authorization URL answered HTTP ${page.status} without a consent form`,
      { status: page.status },
    );
  }
  const handler = environmentState().consentHandler;
  if (!handler) {
    throw new SandboxError(
      'CONSENT_HANDLER_MISSING',
      'A consent screen needs an answer, but no consent handler is set: the host (runner or test) must call setConsentHandler(fn) first',
    );
  }
  const state = form.fields.find(([name]) => name === 'state')?.[1];
  const request: ConsentRequest = {
    clientId: form.clientId,
    clientName: form.clientName,
    scopes: form.scopes,
    scopeDescriptions: form.scopeDescriptions,
    redirectUri: form.redirectUri,
    state,
    authorizationUrl,
    html,
  };
  const decision: ConsentDecision = await handler(request);
  if (decision !== 'approve' && decision !== 'deny') {
    throw new SandboxError(
      'INVALID_ARGUMENT',
      `The consent handler answered ${JSON.stringify(decision)}; it must answer 'approve' or 'deny'`,
    );
  }

  const body = new URLSearchParams(form.fields);
  body.set('decision', decision);
  const action = new URL(form.action, authorizationUrl).toString();
  const answer = await fetch(action, {
    method: form.method,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
    redirect: 'manual',
  });
  const target = redirectTarget(answer, action);
  if (target) return target;
  if (!answer.ok) return failWithPage(answer, 'the consent form');
  throw new SandboxError(
    'UNEXPECTED_RESPONSE',
    `The consent form answered HTTP ${answer.status} instead of redirecting to the client`,
    { status: answer.status },
  );
}

/**
 * The sandbox's stand-in for the user's browser.
 *
 * @example
 * ```ts
 * import { browser } from 'sandbox';
 * const callback = await browser.authorize(authUrl);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
 */
export const browser = { authorize };
