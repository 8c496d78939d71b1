import fs from 'node:fs';
import path from 'node:path';
import type {
  RegistryProblem,
  SnippetFile,
} from '../../../src/plugins/snippet-registry/loadRegistry';
import { closestName } from '../../../src/plugins/snippet-registry/closestName';
import { findSdkNames, type NameUse } from './sdkNames';
import { walk, withTree, type Parsers } from './treeSitter';
import type { SdkNames } from '../../../languages/LanguageTooling';

/** Per language, every name its SDK has: the identifiers of its reference SDK's own code. */
export type SdkSurface = Partial<Record<string, ReadonlySet<string>>>;

/** Where a language's reference SDK (and its `sandbox` helper) lives. */
export const sdkFolder = (language: string) => `languages/${language}`;

/**
 * Leaf nodes that name something in code (not comments or strings), per tree-sitter grammar;
 * Ruby's symbols count, since `attr_reader :items_controller` defines `items_controller`.
 */
const nameNode = /identifier$|^constant$|^name$|^simple_symbol$|^hash_key_symbol$/;

/**
 * The files with `extension` under the SDK's sources (`sdkNames.sources`, files or folders of the
 * language's folder), its own tests (`sdkNames.testFiles`) left out.
 */
export function sdkSourceFiles(
  folder: string,
  extension: string,
  { sources, testFiles }: SdkNames,
): string[] {
  return sources.flatMap((source) => {
    const root = path.join(folder, source);
    if (!fs.existsSync(root)) return [];
    if (!fs.statSync(root).isDirectory()) return root.endsWith(extension) ? [root] : [];
    return (fs.readdirSync(root, { recursive: true }) as string[])
      .map((file) => `${source}/${file.split(path.sep).join('/')}`)
      .filter((file) => file.endsWith(extension) && !testFiles.test(file))
      .sort()
      .map((file) => path.join(folder, file));
  });
}

/**
 * The SDK surface, read from the reference SDKs themselves (`languages/<language>/`, tests and
 * tools left out): every identifier their code contains. A snippet that names something no SDK
 * code mentions fails here, at its line, even in a branch its run never takes.
 */
export function loadSdkSurface(
  siteDir: string,
  parsers: Parsers,
): { surface: SdkSurface; problems: RegistryProblem[] } {
  const surface: SdkSurface = {};
  const problems: RegistryProblem[] = [];
  for (const entry of parsers.languages) {
    const language = entry.key;
    const sdkNames = parsers.tooling[language]!.sdkNames;
    if (sdkNames === null) continue; // its compiler checks the names
    const extension = path.extname(entry.file);
    const files = sdkSourceFiles(path.join(siteDir, sdkFolder(language)), extension, sdkNames);
    if (files.length === 0) {
      problems.push({
        file: sdkFolder(language),
        message: `has no ${entry.label} SDK sources (*${extension}): the ${entry.label} snippets need the reference SDK they call there`,
      });
      continue;
    }
    const names = new Set<string>();
    for (const file of files) {
      withTree(parsers, language, fs.readFileSync(file, 'utf8'), (tree) =>
        walk(tree.rootNode, (node) => {
          if (node.type === 'comment') return false;
          if (node.childCount === 0 && nameNode.test(node.type))
            names.add(node.text.replace(/^:/, ''));
          return true;
        }),
      );
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
function twinFunctions(parsers: Parsers, reference: string, source: string): Set<string> {
  return withTree(parsers, reference, source, (tree) => {
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
  files: Readonly<Record<string, SnippetFile>>,
  surface: SdkSurface,
): RegistryProblem[] {
  const reference = parsers.languages.find((language) => language.reference)!.key;
  const helpers = twinFunctions(parsers, reference, files[reference]!.source);
  const problems: RegistryProblem[] = [];
  for (const language of parsers.languages) {
    const names = surface[language.key];
    const file = files[language.key];
    if (names === undefined || file === undefined) continue;
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
          `${verb[use.kind]} "${use.name}", which the ${language.label} SDK (${sdkFolder(language.key)}) does not have: ` +
          (suggestion !== undefined ? `did you mean "${suggestion}"? ` : '') +
          `Use the ${language.label} SDK's name for what ${files[reference]!.path.split('/').at(-1)} does here, or add it to the SDK` +
          ` (a standard-library name goes in ${sdkFolder(language.key)}/tooling.ts, sdkNames.standardLibrary).`,
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
