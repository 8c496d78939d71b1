import { closestName } from '../snippet-registry/closestName';
import type { ProseNameKind } from '../../../languages/LanguageTooling';
import type { SdkNameSets } from './sdkNameSets';

/** `refreshToken`, or `refreshToken()` when the prose calls it. */
const writtenName = /^([A-Za-z_$][\w$]*)(\(\))?$/;

/** What the prose shows in each language, by key; or why it cannot (one line per problem). */
export type Counterparts =
  | { names: Record<string, string>; problems?: undefined }
  | { names?: undefined; problems: string[] };

function kindOf(name: string, call: boolean, sets: SdkNameSets): ProseNameKind {
  if (call) return 'call';
  if (/^[A-Z]/.test(name)) return 'type';
  const kinds = sets.declaredAs.get(name);
  if (kinds?.has('member')) return 'member';
  if (kinds?.has('option')) return 'option';
  return kinds?.has('call') ? 'call' : 'member';
}

/** `getClientCredentialsAuth()` → `getClientCredentialsAuth`: the identifier the SDK's code has. */
const identifierOf = (counterpart: string) => counterpart.replace(/\(\)$/, '');

/**
 * The name `written` (`<Sdk name="refreshToken()" />`, the reference SDK's name) in every
 * language: its rename there, or the first of its convention's candidates the SDK has. Each must
 * exist in its SDK's code; what does not comes back as problems, with the closest name the SDK
 * has and where to fix it.
 */
export function proseNameCounterparts(written: string, sets: SdkNameSets): Counterparts {
  const match = writtenName.exec(written);
  const referenceLabel = sets.languages.find((language) => language.key === sets.reference)!.label;
  if (match === null) {
    return {
      problems: [
        `<Sdk name="${written}" /> is not a name: write one name of the ${referenceLabel} SDK, with \`()\` when the prose calls it, e.g. <Sdk name="refreshToken()" />.`,
      ],
    };
  }
  const name = match[1]!;
  const call = match[2] !== undefined;
  const referenceNames = sets.names[sets.reference]!;
  if (!referenceNames.has(name)) {
    const suggestion = closestName(name, referenceNames);
    return {
      problems: [
        `<Sdk name="${written}" /> names nothing in the ${referenceLabel} SDK (languages/${sets.reference}/): ` +
          (suggestion !== undefined ? `did you mean "${suggestion}"? ` : '') +
          `Write the ${referenceLabel} SDK's name; each language's name follows from it.`,
      ],
    };
  }
  const kind = kindOf(name, call, sets);
  const names: Record<string, string> = {};
  const problems: string[] = [];
  for (const language of sets.languages) {
    const naming = sets.naming[language.key]!;
    const known = sets.names[language.key]!;
    const rename = naming.renames[name];
    const candidates =
      rename !== undefined ? [rename] : [...new Set(naming.candidates(name, kind))];
    const found = candidates.find((candidate) => known.has(identifierOf(candidate)));
    if (found === undefined) {
      const suggestion = closestName(identifierOf(candidates[0] ?? name), known);
      problems.push(
        `<Sdk name="${written}" />: the ${language.label} SDK (languages/${language.key}/) has no ` +
          `${candidates.map((candidate) => `"${identifierOf(candidate)}"`).join(' or ')}` +
          (rename !== undefined ? ' (its rename)' : ` (its naming of a ${kind})`) +
          `. ${suggestion !== undefined ? `Did you mean "${suggestion}"? ` : ''}` +
          `Name its counterpart in proseNames.renames in languages/${language.key}/tooling.ts, or add it to that SDK.`,
      );
      continue;
    }
    names[language.key] = call && !found.endsWith('()') ? `${found}${naming.callSuffix}` : found;
  }
  return problems.length > 0 ? { problems } : { names };
}
