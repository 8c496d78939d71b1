import { describe, expect, it } from 'vitest';
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

  it('colours each language with its own grammar once added', () => {
    expect(hasGrammar('python')).toBe(false);
    addGrammar(python);
    const { lines } = tokenize('def main():\n    return None', 'python');
    const keyword = lines[0]!.find((token) => token.content === 'def');
    expect(keyword?.htmlStyle).toEqual({ '--shiki-light': '#A0111F', '--shiki-dark': '#FF7B72' });
  });
});
