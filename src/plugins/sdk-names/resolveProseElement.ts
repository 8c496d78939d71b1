import { closestName } from '../snippet-registry/closestName';
import type { ProseElementUse } from './proseElements';
import { proseNameCounterparts } from './proseNameCounterparts';
import type { SdkNameSets } from './sdkNameSets';

/**
 * What one `<Sdk>` or `<ForLanguage>` of a page shows: an `<Sdk>`'s name in every language, or
 * the problems that keep it from the page (the build fails on them; `check-snippets` lists them).
 */
export function resolveProseElement(
  use: ProseElementUse,
  sets: SdkNameSets,
): { names?: Record<string, string>; problems: string[] } {
  const keys = sets.languages.map((language) => language.key);
  if (use.component === 'Sdk') {
    if (use.value === undefined) {
      return {
        problems: [
          '<Sdk> needs a literal name of the reference SDK, e.g. <Sdk name="refreshToken()" />.',
        ],
      };
    }
    const counterparts = proseNameCounterparts(use.value, sets);
    return counterparts.names !== undefined
      ? { names: counterparts.names, problems: [] }
      : { problems: counterparts.problems };
  }
  const only = use.value?.split(/\s+/).filter(Boolean) ?? [];
  if (only.length === 0) {
    return {
      problems: [
        `<ForLanguage> needs the languages it is for, as their keys: e.g. <ForLanguage only="go"> (keys: ${keys.join(', ')}).`,
      ],
    };
  }
  return {
    problems: only
      .filter((key) => !keys.includes(key))
      .map((key) => {
        const suggestion = closestName(key, keys);
        return (
          `<ForLanguage only="${use.value}"> names no language "${key}". ` +
          (suggestion !== undefined ? `Did you mean "${suggestion}"? ` : '') +
          `Use the languages' keys (the ?sdk= values): ${keys.join(', ')}.`
        );
      }),
  };
}
