import { describe, expect, it, vi } from 'vitest';
import { shikiThemes } from '../../plugins/snippet-registry/highlight';
import python from 'shiki/langs/python.mjs';
import { addGrammar, editorThemes, hasGrammar, tokenize } from './shikiTokens';

describe('the editor highlighter', () => {
  it('uses the themes the static code is highlighted with', () => {
    expect(editorThemes).toEqual(shikiThemes);
  });

  it('colours a keyword as the build-time highlighter does, in both themes', () => {
    const { lines, rootStyle } = tokenize('const client = new Client({});', 'typescript');
    const keyword = lines[0]!.find((token) => token.content === 'const');
    expect(keyword?.htmlStyle).toEqual({ '--shiki-light': '#A0111F', '--shiki-dark': '#FF7B72' });
    expect(rootStyle['--shiki-light-bg']).toBe('#ffffff');
  });

  it('colours every token however slowly the machine tokenizes (no time limit per line)', () => {
    const code =
      "import { Client } from 'sdk';\nlet client = new Client({});\nconst token = await client.fetch();";
    const quiet = tokenize(code, 'typescript');
    // A loaded machine, as the tokenizer sees it: every look at the clock finds a second gone by.
    let now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 1_000));
    try {
      expect(tokenize(code, 'typescript').lines).toEqual(quiet.lines);
    } finally {
      clock.mockRestore();
    }
    const colours = quiet.lines.flat().filter((token) => token.content.trim() === 'let');
    expect(colours[0]?.htmlStyle).toEqual({
      '--shiki-light': '#A0111F',
      '--shiki-dark': '#FF7B72',
    });
  });

  it('colours each language with its own grammar once added', () => {
    expect(hasGrammar('python')).toBe(false);
    addGrammar(python);
    const { lines } = tokenize('def main():\n    return None', 'python');
    const keyword = lines[0]!.find((token) => token.content === 'def');
    expect(keyword?.htmlStyle).toEqual({ '--shiki-light': '#A0111F', '--shiki-dark': '#FF7B72' });
  });
});
