import { closestName } from '../../src/plugins/snippet-registry/closestName';
import { languageKeys, type LanguageKey } from '../../languages';

export const usage = `usage: npm run check-snippets [-- [<grant>/<operation> …] [--language <key> …]]
  <grant>/<operation>   the snippets to check (all when none), e.g. client-credentials/fetch-token
  --language <key>      check only these languages (repeatable): ${languageKeys.join(', ')}`;

export type Arguments =
  { ids: string[]; languages: LanguageKey[]; help: boolean } | { error: string };

/** `client-credentials/fetch-token --language python --language=go` → ids and languages. */
export function parseArguments(argv: readonly string[]): Arguments {
  const ids: string[] = [];
  const languages: LanguageKey[] = [];
  let help = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--help' || argument === '-h') {
      help = true;
    } else if (argument === '--language' || argument.startsWith('--language=')) {
      const value = argument.includes('=')
        ? argument.slice(argument.indexOf('=') + 1)
        : argv[++index];
      if (value === undefined || value === '') return { error: '--language needs a language key' };
      if (!(languageKeys as string[]).includes(value)) {
        const suggestion = closestName(value, languageKeys);
        return {
          error: `unknown language "${value}"${suggestion !== undefined ? `: did you mean "${suggestion}"?` : ''} Use one of ${languageKeys.join(', ')}.`,
        };
      }
      languages.push(value as LanguageKey);
    } else if (argument.startsWith('-')) {
      return { error: `unknown option ${argument}` };
    } else {
      // Tolerate a path (snippets/x/y/, or a file in the folder) for an id.
      const id = argument
        .replace(/^(\.\/)?snippets\//, '')
        .replace(/\/[^/]+\.[a-z]+$/, '')
        .replace(/\/+$/, '');
      ids.push(id);
    }
  }
  return { ids, languages, help };
}
