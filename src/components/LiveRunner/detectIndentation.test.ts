import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectIndentation } from './detectIndentation';

const snippet = (file: string) =>
  readFileSync(
    new URL(`../../../snippets/client-credentials/initialize/${file}`, import.meta.url),
    'utf8',
  );

describe('detectIndentation', () => {
  it('gives Go a tab, as gofmt writes it', () => {
    expect(detectIndentation(snippet('go.go'))).toEqual({ unit: '\t', width: 4 });
  });

  it('gives Python and PHP four spaces and TypeScript and Ruby two', () => {
    expect(detectIndentation(snippet('python.py')).width).toBe(4);
    expect(detectIndentation(snippet('php.php')).width).toBe(4);
    expect(detectIndentation(snippet('typescript.ts')).width).toBe(2);
    expect(detectIndentation(snippet('ruby.rb')).width).toBe(2);
  });

  it('reads the smallest step, not a deeply nested line', () => {
    expect(detectIndentation('def f():\n    if x:\n        return 1\n')).toEqual({
      unit: 'spaces',
      width: 4,
    });
  });

  it('falls back to two spaces for code with no indented line', () => {
    expect(detectIndentation("console.log('hi');")).toEqual({ unit: 'spaces', width: 2 });
  });
});
