import type { RegisteredClient } from './fixtures';
import { SCOPE_DESCRIPTIONS } from './fixtures';
import type { DemoUser } from './fixtures';
import { escapeHtml, htmlResponse } from './html';

/**
 * The consent page: who asks, for what, where the answer goes, and a form that re-sends every
 * parameter of the authorization request with `decision=approve` or `decision=deny`.
 */
export function consentPage(input: {
  action: string;
  client: RegisteredClient;
  user: DemoUser;
  redirectUri: string;
  scope: string[];
  parameters: Iterable<[string, string]>;
}): Response {
  const { client, user } = input;
  const name = escapeHtml(client.name);
  const scopes = input.scope
    .map(
      (scope) =>
        `<li data-scope="${escapeHtml(scope)}" data-description="${escapeHtml(SCOPE_DESCRIPTIONS[scope] ?? scope)}"><strong>${escapeHtml(scope)}</strong>: ${escapeHtml(SCOPE_DESCRIPTIONS[scope] ?? scope)}</li>`,
    )
    .join('\n');
  const hidden = [...input.parameters]
    .map(
      ([key, value]) =>
        `<input type="hidden" name="${escapeHtml(key)}" value="${escapeHtml(value)}">`,
    )
    .join('\n');
  return htmlResponse(
    `Authorize ${client.name}`,
    `<h1 id="consent-title">Authorize ${name}</h1>
<p>Signed in as <strong>${escapeHtml(user.name)}</strong> (${escapeHtml(user.username)}).</p>
<form id="consent" method="post" action="${escapeHtml(input.action)}" aria-labelledby="consent-title"
 data-client-id="${escapeHtml(client.clientId)}" data-client-name="${name}"
 data-redirect-uri="${escapeHtml(input.redirectUri)}" data-scope="${escapeHtml(input.scope.join(' '))}">
<p id="scopes-label"><strong>${name}</strong> would like to:</p>
<ul aria-labelledby="scopes-label">
${scopes}
</ul>
<p>You will then be sent back to <code>${escapeHtml(input.redirectUri)}</code>.</p>
${hidden}
<div class="actions">
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny">Deny</button>
</div>
</form>`,
    200,
  );
}
