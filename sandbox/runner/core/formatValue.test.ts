import { describe, expect, it } from 'vitest';
import { formatConsoleArgs, formatValue } from './formatValue';

class OAuthToken {
  accessToken = 'abc';
  expiresIn = 3600;
}

describe('formatValue', () => {
  it('prints primitives like a console does', () => {
    expect(formatValue('text')).toBe("'text'");
    expect(formatValue(42)).toBe('42');
    expect(formatValue(10n)).toBe('10n');
    expect(formatValue(undefined)).toBe('undefined');
    expect(formatValue(null)).toBe('null');
    expect(formatValue(Symbol('s'))).toBe('Symbol(s)');
  });

  it('prints objects with their class name, and short ones on one line', () => {
    expect(formatValue(new OAuthToken())).toBe(
      "OAuthToken { accessToken: 'abc', expiresIn: 3600 }",
    );
    expect(formatValue({ a: [1, 2], 'b-c': true })).toBe("{ a: [ 1, 2 ], 'b-c': true }");
  });

  it('pretty-prints long objects over several indented lines', () => {
    const value = {
      name: 'Ada Example',
      email: 'ada@example.com',
      nested: { scopes: ['read', 'write'], long: 'x'.repeat(60) },
    };
    expect(formatValue(value)).toBe(
      [
        '{',
        "  name: 'Ada Example',",
        "  email: 'ada@example.com',",
        '  nested: {',
        "    scopes: [ 'read', 'write' ],",
        `    long: '${'x'.repeat(60)}'`,
        '  }',
        '}',
      ].join('\n'),
    );
  });

  it('survives cycles, maps, sets, dates and errors with extra fields', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    expect(formatValue(cyclic)).toBe("{ name: 'loop', self: [Circular] }");
    expect(formatValue(new Map([['a', 1]]))).toBe("Map(1) { 'a' => 1 }");
    expect(formatValue(new Set([1]))).toBe('Set(1) { 1 }');
    expect(formatValue(new Date(0))).toBe('1970-01-01T00:00:00.000Z');
    class OAuthProviderError extends Error {
      error = 'invalid_client';
    }
    const error = new OAuthProviderError('Client authentication failed');
    expect(formatValue(error)).toBe(
      "OAuthProviderError: Client authentication failed { error: 'invalid_client' }",
    );
  });

  it('limits depth and entries', () => {
    expect(formatValue({ a: { b: { c: { d: { e: { f: 1 } } } } } }, { depth: 2 })).toBe(
      '{ a: { b: { c: [Object] } } }',
    );
    expect(
      formatValue(
        Array.from({ length: 5 }, (_, i) => i),
        { maxEntries: 2 },
      ),
    ).toBe('[ 0, 1, … 3 more items ]');
  });
});

describe('formatConsoleArgs', () => {
  it('joins arguments with spaces, strings unquoted', () => {
    expect(formatConsoleArgs(['Status:', 200, { ok: true }])).toBe('Status: 200 { ok: true }');
  });

  it('applies printf-style substitutions', () => {
    expect(formatConsoleArgs(['%s has %d items (%o)', 'list', 3.7, [1]])).toBe(
      'list has 3.7 items ([ 1 ])',
    );
    expect(formatConsoleArgs(['%c styled', 'color: red'])).toBe(' styled');
  });
});

describe('registerClassNames', () => {
  it('names minified sandbox classes after their exports, also for new.target.name', async () => {
    const { registerClassNames } = await import('./formatValue');
    const u = class extends Error {
      constructor(message: string) {
        super(message);
        this.name = new.target.name;
      }
    };
    const v = class {};
    registerClassNames({ OAuthProviderError: u, Client: v, version: '1.0' });
    expect(String(new u('Client authentication failed'))).toBe(
      'OAuthProviderError: Client authentication failed',
    );
    expect(formatValue(new v())).toBe('Client {}');
  });
});
