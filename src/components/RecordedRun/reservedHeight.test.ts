import { describe, expect, it } from 'vitest';
import type { Recording } from '@site/sandbox/runner/core/Recording';
import type { RunEvent } from '@site/sandbox/runner/core/protocol';
import { reservedHeight } from './reservedHeight';

function recording(events: RunEvent[]): Recording {
  return {
    format: 1,
    snippet: 'client-credentials/fetch-token',
    language: 'java',
    key: '',
    recordedAt: '2026-12-07T06:53:00Z',
    commit: 'c4ed1f0',
    uncommitted: false,
    events,
    outcome: { kind: 'ok', durationMs: 2200 },
  };
}

const line = (text: string): RunEvent => ({ kind: 'console', level: 'log', text });
const exchange = (url: string, status = 200): RunEvent => ({
  kind: 'http',
  exchange: { id: 1, method: 'POST', url, requestHeaders: [], status },
});
const tokenRequest = exchange('https://auth.example.com/oauth2/token');

describe('the height a recorded run will take', () => {
  it('is taller on a phone than on a desktop, where nothing wraps as soon', () => {
    const { narrow, wide } = reservedHeight(recording([line('Status: 200'), tokenRequest]));
    expect(narrow).toBeGreaterThan(wide);
    // The header, one console line, one exchange, one flow step and the two commands.
    expect(wide).toBeGreaterThan(400);
    expect(narrow).toBeLessThan(900);
  });

  it('grows with each console line, and with a line long enough to wrap', () => {
    const one = reservedHeight(recording([line('Status: 200')]));
    const two = reservedHeight(recording([line('Status: 200'), line('Profile: Demo App')]));
    const long = reservedHeight(recording([line(`Authorization URL: ${'x'.repeat(240)}`)]));
    expect(two.narrow).toBeGreaterThan(one.narrow);
    expect(two.wide).toBeGreaterThan(one.wide);
    expect(long.narrow - one.narrow).toBeGreaterThan(two.narrow - one.narrow);
    expect(long.wide - one.wide).toBeGreaterThan(two.wide - one.wide);
  });

  it('grows with each exchange, and a redirect adds a step to the flow', () => {
    const one = reservedHeight(recording([tokenRequest]));
    const two = reservedHeight(recording([tokenRequest, tokenRequest]));
    const redirect = reservedHeight(
      recording([tokenRequest, exchange('https://auth.example.com/oauth2/authorize', 302)]),
    );
    expect(two.wide).toBeGreaterThan(one.wide);
    expect(redirect.wide).toBeGreaterThan(two.wide);
  });
});
