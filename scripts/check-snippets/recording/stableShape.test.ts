import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../../sandbox/runner/core/protocol';
import { firstDifference, stableShape, stableText } from './stableShape';

/** One run of the authorization-code snippet: tokens, state and timing differ each time. */
function run(token: string, state: string, printed = 'Signed in as: Ada Example'): RunEvent[] {
  return [
    { kind: 'console', level: 'log', text: `Access token: ${token}…` },
    { kind: 'console', level: 'log', text: printed },
    {
      kind: 'http',
      exchange: {
        id: 1,
        method: 'GET',
        url: `https://auth.example.com/oauth2/authorize?state=${state}&code_challenge=${token}x9_Zq0`,
        requestHeaders: [],
        status: 200,
        durationMs: Math.random() * 100,
      },
    },
    { kind: 'note', text: 'The code advanced the clock by 1 h.' },
  ];
}

describe('what two runs of the same code share', () => {
  it('is the same for runs that differ only in tokens, states, codes and timings', () => {
    const first = run('Ab3_x9Zq', '7c9e6679-7425-40de-944b-e07fc1f90ae7');
    const second = run('QwErTyUi', '16fd2706-8baf-433b-82eb-8c7fb47ab82a');
    expect(firstDifference(stableShape(first), stableShape(second))).toBeUndefined();
  });

  it('tells a printed message that changed, quoting both', () => {
    const recorded = run('Ab3_x9Zq', '7c9e6679-7425-40de-944b-e07fc1f90ae7');
    const edited = run('Ab3_x9Zq', '7c9e6679-7425-40de-944b-e07fc1f90ae7', 'Logged in as: Ada');
    expect(firstDifference(stableShape(recorded), stableShape(edited))).toBe(
      'the recording has "log: Signed in as: Ada Example" where the run now has "log: Logged in as: Ada"',
    );
  });

  it('tells an exchange that the run no longer makes', () => {
    const recorded = run('Ab3_x9Zq', '7c9e6679-7425-40de-944b-e07fc1f90ae7');
    expect(firstDifference(stableShape(recorded), stableShape(recorded.slice(0, 2)))).toMatch(
      /^the run no longer has "GET https:\/\/auth\.example\.com\/oauth2\/authorize/,
    );
  });

  it('keeps words and short values, blurs masked values, times and numbers', () => {
    expect(stableText('Expires at 2026-12-07T06:46:06Z, in 3599 s; code=qrGn••••••')).toBe(
      'Expires at <time>, in 0 s; code=<masked>',
    );
    expect(stableText('Scopes: read write')).toBe('Scopes: read write');
    expect(stableText('new OAuthClientCredentialsProvider; x-www-form-urlencoded')).toBe(
      'new OAuthClientCredentialsProvider; x-www-form-urlencoded',
    );
  });

  it('blurs a PKCE challenge that happens to have no digit (two CI runs drew one each)', () => {
    for (const challenge of [
      'ABVBiHTVgIPREuzEjzjp_-GCknboZTjzOcPfdkdzdqc',
      'BMCHKpuMMvZacSgpEMYDaDNlFOdcRCreqTlQVSpjBhI',
    ]) {
      expect(stableText(`&code_challenge=${challenge}&code_challenge_method=S256`)).toBe(
        '&code_challenge=<value>&code_challenge_method=S256',
      );
    }
  });
});
