import { describe, expect, it, vi } from 'vitest';
import type { ScenarioName } from './index';
import { createMockOAuthServer, demo, handlers, mockServer, SCENARIOS } from './index';
import { postToken, useMockServer } from './testing';

const { control } = useMockServer();

describe('mock server control', () => {
  it('lists the four scenarios with labels, all off', () => {
    expect(control.scenarios.map((s) => s.name)).toEqual([
      'rejectClient',
      'revokeRefreshToken',
      'apiUnauthorizedOnce',
      'slowServer',
    ]);
    for (const scenario of control.scenarios) {
      expect(scenario.label).not.toBe('');
      expect(scenario.enabled).toBe(false);
    }
    expect(SCENARIOS).toHaveLength(4);
  });

  it('switches scenarios on and off and tells subscribers', () => {
    const listener = vi.fn();
    const unsubscribe = control.subscribe(listener);
    control.setScenario('slowServer', true);
    expect(control.isScenarioEnabled('slowServer')).toBe(true);
    expect(control.scenarios.find((s) => s.name === 'slowServer')?.enabled).toBe(true);
    control.setScenario('slowServer', false);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('throws on an unknown scenario name', () => {
    expect(() => control.setScenario('nope' as ScenarioName, true)).toThrow(/Unknown scenario/);
  });

  it('switches scenarios off on reset, unless asked to keep them', () => {
    control.setScenario('rejectClient', true);
    control.reset({ keepScenarios: true });
    expect(control.isScenarioEnabled('rejectClient')).toBe(true);
    control.reset();
    expect(control.isScenarioEnabled('rejectClient')).toBe(false);
  });

  it('restores the token lifetime on reset and rejects a non-positive one', () => {
    control.tokenLifetimeSeconds = 5;
    control.reset();
    expect(control.tokenLifetimeSeconds).toBe(3600);
    expect(() => (control.tokenLifetimeSeconds = 0)).toThrow(RangeError);
  });

  it('keeps state per instance', async () => {
    const other = createMockOAuthServer();
    other.control.setScenario('rejectClient', true);
    expect((await postToken({ grant_type: 'client_credentials' })).status).toBe(200);
  });

  it('exports the default instance and its handlers', () => {
    expect(handlers).toBe(mockServer.handlers);
    expect(handlers.length).toBeGreaterThan(5);
  });

  it('exposes the documented fixture values', () => {
    expect(demo).toMatchObject({
      clientId: 'OAuthClientId',
      clientSecret: 'OAuthClientSecret',
      username: 'OAuthUsername',
      password: 'OAuthPassword',
      redirectUri: 'https://example.com/oauth/callback',
      authServerUrl: 'https://auth.example.com',
      apiBaseUrl: 'https://api.example.com/v1',
      scopes: ['read', 'write'],
    });
  });
});

describe('mock server control snapshots', () => {
  it('returns the same scenarios array until a switch changes', () => {
    const first = control.scenarios;
    expect(control.scenarios).toBe(first);
    control.setScenario('slowServer', true);
    expect(control.scenarios).not.toBe(first);
    expect(control.scenarios.find((s) => s.name === 'slowServer')?.enabled).toBe(true);
  });
});
