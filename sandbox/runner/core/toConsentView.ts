import type { ConsentView } from './protocol';

type Loose = Record<string, unknown>;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The environment's ConsentRequest (client, scopes, redirect URI, state, page HTML) as plain data
 * for the page. Tolerant of field spellings, so the consent screen keeps working if the
 * environment adds or renames a field.
 */
export function toConsentView(
  request: unknown,
  scopeDescriptions: Readonly<Record<string, string>> = {},
): ConsentView {
  const source = (request ?? {}) as Loose;
  const client = (source.client ?? {}) as Loose;
  const descriptions = {
    ...scopeDescriptions,
    ...((source.scopeDescriptions ?? {}) as Record<string, string>),
  };
  const rawScopes = source.scopes ?? source.scope ?? [];
  const scopeList: unknown[] =
    typeof rawScopes === 'string'
      ? rawScopes.split(/\s+/).filter(Boolean)
      : Array.isArray(rawScopes)
        ? rawScopes
        : [];
  const scopes = scopeList.map((scope) => {
    if (typeof scope === 'string') {
      const description = descriptions[scope];
      return description ? { name: scope, description } : { name: scope };
    }
    const item = scope as Loose;
    const name = text(item.name) ?? text(item.scope) ?? String(scope);
    const description = text(item.description) ?? descriptions[name];
    return description ? { name, description } : { name };
  });
  const view: ConsentView = {
    clientId:
      text(source.clientId) ??
      text(source.client_id) ??
      text(client.clientId) ??
      text(client.id) ??
      '(unknown client)',
    scopes,
    redirectUri: text(source.redirectUri) ?? text(source.redirect_uri) ?? '',
  };
  const clientName = text(source.clientName) ?? text(client.name);
  if (clientName) view.clientName = clientName;
  const state = text(source.state);
  if (state) view.state = state;
  const html = text(source.html) ?? text(source.consentPageHtml) ?? text(source.pageHtml);
  if (html) view.html = html;
  return view;
}
