import { describe, expect, it } from 'vitest';
import { codeFrame, transpile } from './transpile';

describe('transpile', () => {
  it('removes types and turns imports into requires, keeping top-level await and line numbers', () => {
    const source = [
      "import { Client } from 'sdk';",
      "import type { OAuthToken } from 'sdk';",
      'const token: OAuthToken | undefined = undefined;',
      'const client = new Client({});',
      'await client.ping();',
    ].join('\n');
    const result = transpile(source, 'snippet.ts');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.code).toContain("require('sdk')");
    expect(result.code).not.toContain('OAuthToken');
    expect(result.code.split('\n')).toHaveLength(source.split('\n').length);
    expect(result.code.split('\n')[4]).toContain('await client.ping()');
  });

  it('reports a syntax error with its 1-based line and column and a code frame', () => {
    const result = transpile('const a = 1;\nconst b = (;\nconsole.log(a);', 'snippet.ts');
    expect(result).toMatchObject({ ok: false, message: 'Unexpected token', line: 2, column: 12 });
    if (result.ok) return;
    expect(result.frame).toContain('> 2 | const b = (;');
    expect(result.frame).toMatch(/\| {12}\^/);
  });
});

describe('codeFrame', () => {
  it('shows two lines of context either side', () => {
    const frame = codeFrame('a\nb\nc\nd\ne\nf', 4, 1);
    expect(frame.split('\n')).toEqual([
      '  2 | b',
      '  3 | c',
      '> 4 | d',
      '    | ^',
      '  5 | e',
      '  6 | f',
    ]);
  });
});
