import fs from 'node:fs';
import path from 'node:path';
import { languages, runnableLanguage, type LanguageKey } from '../languages';
import type { RegistryProblem, SnippetFile } from '../loadRegistry';
import { closestName } from '../closestName';
import { checkedLanguages, findSdkNames, type NameUse } from './sdkNames';
import { walk, withTree, type Parsers } from './treeSitter';

export const surfaceFileName = 'sdk-surface.json';

/** Per language, every name its SDK has (the file's names and extensions together). */
export type SdkSurface = Partial<Record<LanguageKey, ReadonlySet<string>>>;

const identifier = /^[A-Za-z_$][\w$]*[?!]?$/;

/** `SdkClient.Builder`, `SdkClientBuilder::init` → each identifier in it. */
function addNames(entry: string, into: Set<string>) {
  for (const part of entry.split(/::|->|[.()\s]+/)) {
    if (identifier.test(part)) into.add(part);
  }
}

const shape = `{ "java": { "names": ["SdkClient", "fetchToken"], "extensions": [{ "name": "listItems", "reason": "why the SDK has it although the source documentation does not show it" }] } }`;

/**
 * Reads `snippets/sdk-surface.json`: per language key, `names` (the SDK names the source
 * documentation shows) and `extensions` (`{ name, reason }`: names the reference SDK adds, with
 * why). A qualified entry (`SdkClient.Builder`) allows each of its parts.
 */
export function loadSdkSurface(
  siteDir: string,
  snippetsDirName = 'snippets',
): { surface: SdkSurface; problems: RegistryProblem[] } {
  const file = path.posix.join(snippetsDirName, surfaceFileName);
  const fullPath = path.join(siteDir, snippetsDirName, surfaceFileName);
  if (!fs.existsSync(fullPath)) {
    return {
      surface: {},
      problems: [{ file, message: `missing: list each language's SDK names in it, e.g. ${shape}` }],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(fullPath, 'utf8'));
  } catch (error) {
    return {
      surface: {},
      problems: [{ file, message: `not valid JSON (${(error as Error).message}): fix the syntax` }],
    };
  }
  const surface: SdkSurface = {};
  const problems: RegistryProblem[] = [];
  const byLanguage = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<
    string,
    unknown
  >;
  for (const language of checkedLanguages) {
    const label = languages.find((entry) => entry.key === language)?.label ?? language;
    const entry = byLanguage[language] as { names?: unknown; extensions?: unknown } | undefined;
    if (entry === undefined) {
      problems.push({
        file,
        message: `has no "${language}" entry: list the ${label} SDK's names under "${language}", e.g. ${shape}`,
      });
      continue;
    }
    const names = new Set<string>();
    const { names: listed = [], extensions = [] } = entry;
    if (!Array.isArray(listed) || !listed.every((name) => typeof name === 'string')) {
      problems.push({ file, message: `"${language}.names" must be a list of names: ${shape}` });
    } else {
      listed.forEach((name: string) => addNames(name, names));
    }
    if (!Array.isArray(extensions)) {
      problems.push({ file, message: `"${language}.extensions" must be a list: ${shape}` });
    } else {
      extensions.forEach((extension: unknown, index) => {
        const { name, reason } = (extension ?? {}) as { name?: unknown; reason?: unknown };
        if (typeof name !== 'string' || typeof reason !== 'string' || reason.trim() === '') {
          problems.push({
            file,
            message: `"${language}.extensions[${index}]" needs a "name" and a "reason" (why the SDK has a name the source documentation does not show)`,
          });
          return;
        }
        addNames(name, names);
      });
    }
    surface[language] = names;
  }
  return { surface, problems };
}

/** `getAuthCodeFromRedirectUri`, `get_auth_code_from_redirect_uri` → `getauthcodefromredirecturi`. */
const normalise = (name: string) => name.toLowerCase().replaceAll('_', '').replace(/[?!]$/, '');

/**
 * Functions the TypeScript twin defines: stand-ins for the reader's own code
 * (`getAuthCodeFromRedirectUri`) that the other languages may call without defining, because the
 * runnable twin shows what they do.
 */
function twinFunctions(parsers: Parsers, source: string): Set<string> {
  return withTree(parsers, runnableLanguage, source, (tree) => {
    const names = new Set<string>();
    walk(tree.rootNode, (node) => {
      const isFunction =
        node.type === 'function_declaration' ||
        node.type === 'method_definition' ||
        (node.type === 'variable_declarator' &&
          /function|arrow_function/.test(node.childForFieldName('value')?.type ?? ''));
      const name = node.childForFieldName('name');
      if (isFunction && name !== null) names.add(normalise(name.text));
      return true;
    });
    return names;
  });
}

const verb: Record<NameUse['kind'], string> = {
  call: 'calls',
  type: 'uses the type',
  member: 'uses the member',
};

/**
 * Every SDK-looking name a snippet uses (see {@link findSdkNames}) must be in its language's SDK
 * surface, or be a function the TypeScript twin defines for the reader's own code. One problem
 * per unknown name and file, at its first use.
 */
export function checkSdkSurface(
  parsers: Parsers,
  files: Record<LanguageKey, SnippetFile>,
  surface: SdkSurface,
  snippetsDirName = 'snippets',
): RegistryProblem[] {
  const surfaceFile = path.posix.join(snippetsDirName, surfaceFileName);
  const helpers = twinFunctions(parsers, files[runnableLanguage].source);
  const problems: RegistryProblem[] = [];
  for (const language of languages) {
    const names = surface[language.key];
    if (names === undefined) continue;
    const file = files[language.key];
    const reported = new Map<string, RegistryProblem & { count: number }>();
    for (const use of findSdkNames(parsers, language.key, file.source)) {
      if (names.has(use.name) || helpers.has(normalise(use.name))) continue;
      const earlier = reported.get(use.name);
      if (earlier !== undefined) {
        earlier.count += 1;
        continue;
      }
      const suggestion = closestName(use.name, names);
      reported.set(use.name, {
        file: `${file.path}:${use.line}:${use.column}`,
        message:
          `${verb[use.kind]} "${use.name}", which the ${language.label} SDK does not have (${surfaceFile}, "${language.key}"): ` +
          (suggestion !== undefined ? `did you mean "${suggestion}"? ` : '') +
          `Use the ${language.label} SDK's name for what ${runnableLanguage}.ts does here, or, if the SDK has it, add it to "${language.key}" in ${surfaceFile}` +
          ` (a standard-library name goes in src/plugins/snippet-registry/checks/standardLibrary.ts).`,
        count: 1,
      });
    }
    for (const { count, ...problem } of reported.values()) {
      problems.push(
        count > 1 ? { ...problem, message: `${problem.message} Used ${count} times.` } : problem,
      );
    }
  }
  return problems;
}
