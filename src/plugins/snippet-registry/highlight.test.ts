import { describe, expect, it } from 'vitest';
import { highlight, parseLineRanges, tokenStylesCss } from './highlight';

describe('parseLineRanges', () => {
  it('expands single lines and inclusive ranges', () => {
    expect([...parseLineRanges('1,4-6')]).toEqual([1, 4, 5, 6]);
  });

  it('marks nothing when no ranges are given', () => {
    expect(parseLineRanges(undefined).size).toBe(0);
  });
});

describe('highlight', () => {
  it('emits both colour themes as CSS variables and no inline colour of its own', async () => {
    const html = await highlight("const id = 'OAuthClientId';\n", 'typescript');
    expect(html).toContain('--shiki-light:');
    expect(html).toContain('--shiki-dark:');
    expect(html).not.toMatch(/[";]color:/);
  });

  it('gives each token a class for its pair of colours, with the CSS for the page head', async () => {
    const html = await highlight("const id = 'OAuthClientId';\n", 'typescript');
    const tokens = [...html.matchAll(/<span class="(t[0-9a-z]+)">([^<]*)<\/span>/g)];
    expect(tokens.map(([, , text]) => text).join('')).toBe("const id = 'OAuthClientId';");
    expect(html).not.toMatch(/<span [^>]*style=/);
    const css = tokenStylesCss();
    const keyword = tokens.find(([, , text]) => text === 'const')?.[1];
    expect(css).toContain(`.shiki .${keyword}{--shiki-light:#A0111F;--shiki-dark:#FF7B72}`);
    // Same style, same class: the strings differ, the keyword does not.
    const again = await highlight("const other = 'x';\n", 'typescript');
    expect(again).toContain(`<span class="${keyword}">const</span>`);
  });

  it('marks the highlighted lines, and only those', async () => {
    const html = await highlight('a = 1\nb = 2\nc = 3\n', 'python', '2');
    const lines = html.match(/<span class="line[^"]*"/g) ?? [];
    expect(lines).toEqual([
      '<span class="line"',
      '<span class="line highlighted"',
      '<span class="line"',
    ]);
  });
});
