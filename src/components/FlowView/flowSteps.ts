import type { ExchangeView } from '@site/sandbox/runner/core/protocol';

/** The four participants of an OAuth run, left to right. */
export const lanes = ['App', 'Browser / consent', 'Authorization server', 'API'] as const;
export type Lane = (typeof lanes)[number];

export interface FlowStep {
  /** Unique within a run: the exchange id, plus a suffix for a step derived from a response. */
  key: string;
  label: string;
  from: Lane;
  to: Lane;
  /** What came back, e.g. "200 OK" or "302 Found"; absent while pending. */
  outcome?: string;
  failed: boolean;
  exchange: ExchangeView;
}

function field(fields: [string, string][] | undefined, name: string): string | undefined {
  return fields?.find(([key]) => key.toLowerCase() === name)?.[1];
}

function formField(exchange: ExchangeView, name: string): string | undefined {
  const body = exchange.requestBody;
  return body?.kind === 'form' ? field(body.fields, name) : undefined;
}

function outcomeOf(exchange: ExchangeView): string | undefined {
  if (exchange.error) return 'blocked';
  if (exchange.status === undefined) return undefined;
  return `${exchange.status}${exchange.statusText ? ` ${exchange.statusText}` : ''}`;
}

const tokenSteps: Record<string, string> = {
  authorization_code: 'Code exchange',
  refresh_token: 'Refresh',
  client_credentials: 'Token request',
  password: 'Token request',
};

/**
 * The steps of a run's sequence diagram, from the same exchange events as the HTTP list (RFC 6749
 * §4.1 names): one per exchange, plus the redirect back to the app that a consent answer causes.
 */
export function flowSteps(exchanges: ExchangeView[]): FlowStep[] {
  const steps: FlowStep[] = [];
  for (const exchange of exchanges) {
    let url: URL;
    try {
      url = new URL(exchange.url);
    } catch {
      continue;
    }
    const base = {
      key: String(exchange.id),
      outcome: outcomeOf(exchange),
      failed: Boolean(exchange.error) || (exchange.status ?? 0) >= 400,
      exchange,
    };
    const path = url.pathname;
    if (path.endsWith('/oauth2/authorize') && exchange.method === 'GET') {
      steps.push({
        ...base,
        label: 'Authorization request',
        from: 'Browser / consent',
        to: 'Authorization server',
      });
    } else if (path.endsWith('/oauth2/authorize')) {
      const decision = formField(exchange, 'decision');
      steps.push({
        ...base,
        label: decision ? `Consent (${decision})` : 'Consent',
        from: 'Browser / consent',
        to: 'Authorization server',
      });
      const location = field(exchange.responseHeaders, 'location');
      if (location) {
        const redirect = new URL(location, url);
        const params = redirect.searchParams;
        steps.push({
          ...base,
          key: `${exchange.id}-redirect`,
          label: params.has('code')
            ? 'Redirect with code'
            : `Redirect with ${params.get('error') ?? 'no code'}`,
          from: 'Authorization server',
          to: 'App',
          outcome: undefined,
        });
      }
    } else if (path.endsWith('/oauth2/token')) {
      const grant = formField(exchange, 'grant_type') ?? '';
      steps.push({
        ...base,
        label: tokenSteps[grant] ?? 'Token request',
        from: 'App',
        to: 'Authorization server',
      });
    } else if (path.includes('/.well-known/')) {
      steps.push({ ...base, label: 'Server metadata', from: 'App', to: 'Authorization server' });
    } else if (url.hostname.startsWith('api.')) {
      steps.push({
        ...base,
        label: `API call (${exchange.method} ${path})`,
        from: 'App',
        to: 'API',
      });
    } else {
      steps.push({
        ...base,
        label: `${exchange.method} ${url.host}${path}`,
        from: 'App',
        to: 'Authorization server',
      });
    }
  }
  return steps;
}
