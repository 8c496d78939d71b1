import { parseArgs } from 'node:util';
import { closestName } from '../../src/plugins/snippet-registry/closestName';
import { languageKeys, type LanguageKey } from '../../languages';

export const usage = `usage: npm run check-snippets [-- [<grant>/<operation> …] [--language <key> …]]
  <grant>/<operation>   the snippets to check (all when none), e.g. client-credentials/fetch-token
  --language <key>      check only these languages (repeatable): ${languageKeys.join(', ')}
  --record              write each passing run as the snippet's recorded run (recorded/<key>.json)`;

export type Arguments =
  { ids: string[]; languages: LanguageKey[]; help: boolean; record: boolean } | { error: string };

/** `client-credentials/fetch-token --language python --language=go` → ids and languages. */
export function parseArguments(argv: readonly string[]): Arguments {
  let values: { language?: string[]; help?: boolean; record?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        language: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        record: { type: 'boolean' },
      },
    }));
  } catch (error) {
    // parseArgs explains at length; the command's own words are shorter and name the fix.
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      return { error: '--language needs a language key' };
    }
    const option = /'([^']+)'/.exec((error as Error).message)?.[1];
    return { error: `unknown option ${option ?? argv.find((a) => a.startsWith('-'))}` };
  }
  const languages: LanguageKey[] = [];
  for (const value of values.language ?? []) {
    if (value === '') return { error: '--language needs a language key' };
    if (!(languageKeys as string[]).includes(value)) {
      const suggestion = closestName(value, languageKeys);
      return {
        error: `unknown language "${value}"${suggestion !== undefined ? `: did you mean "${suggestion}"?` : ''} Use one of ${languageKeys.join(', ')}.`,
      };
    }
    languages.push(value as LanguageKey);
  }
  // Tolerate a path (snippets/x/y/, or a file in the folder) for an id.
  const ids = positionals.map((argument) =>
    argument
      .replace(/^(\.\/)?snippets\//, '')
      .replace(/\/[^/]+\.[a-z]+$/, '')
      .replace(/\/+$/, ''),
  );
  return { ids, languages, help: values.help === true, record: values.record === true };
}
