/**
 * Reads the authorization server's pages with regular expressions (a Web Worker has no
 * DOMParser). Robust enough for the mock server's own markup: double-quoted attributes.
 */

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return String.fromCodePoint(code);
    }
    return named[body.toLowerCase()] ?? entity;
  });
}

/** The attributes of one start tag's attribute text. */
function attributes(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [, name, value] of text.matchAll(/([^\s="'<>/]+)\s*=\s*"([^"]*)"/g)) {
    result[name!.toLowerCase()] = decodeEntities(value!);
  }
  return result;
}

export interface ConsentForm {
  action: string;
  method: string;
  fields: [string, string][];
  clientId: string;
  clientName: string;
  redirectUri: string;
  scopes: string[];
  scopeDescriptions: Record<string, string>;
}

/** The consent form of a page, or undefined if the page has none. */
export function parseConsentForm(html: string): ConsentForm | undefined {
  const formTag = /<form\b([^>]*)>/i.exec(html);
  if (!formTag) return undefined;
  const form = attributes(formTag[1]!);
  const fields: [string, string][] = [];
  for (const [, text] of html.matchAll(/<input\b([^>]*)>/gi)) {
    const input = attributes(text!);
    if (input.type === 'hidden' && input.name) fields.push([input.name, input.value ?? '']);
  }
  const scopeDescriptions: Record<string, string> = {};
  for (const [, text] of html.matchAll(/<li\b([^>]*)>/gi)) {
    const item = attributes(text!);
    if (item['data-scope']) scopeDescriptions[item['data-scope']] = item['data-description'] ?? '';
  }
  const scope = form['data-scope'] ?? '';
  return {
    action: form.action ?? '',
    method: (form.method ?? 'get').toUpperCase(),
    fields,
    clientId: form['data-client-id'] ?? '',
    clientName: form['data-client-name'] ?? '',
    redirectUri: form['data-redirect-uri'] ?? '',
    scopes: scope ? scope.split(' ') : [],
    scopeDescriptions,
  };
}

/** The OAuth error code and message of an error page (`<p role="alert" data-error="...">`). */
export function parseErrorPage(html: string): { error?: string; message: string } {
  const alert = /<p\b([^>]*\brole="alert"[^>]*)>([\s\S]*?)<\/p>/i.exec(html);
  if (alert) {
    const text = decodeEntities(alert[2]!.replace(/<[^>]*>/g, '')).trim();
    return { error: attributes(alert[1]!)['data-error'], message: text };
  }
  const title = /<title>([\s\S]*?)<\/title>/i.exec(html);
  return { message: title ? decodeEntities(title[1]!).trim() : html.slice(0, 200) };
}
