import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../../languages/Language';
import type { ProseNameKind, ProseNaming } from '../../../languages/LanguageTooling';
import { walk, withTree, type Parsers } from '../../../scripts/check-snippets/checks/treeSitter';
import type { SdkSurface } from '../../../scripts/check-snippets/checks/sdkSurface';

/** What a prose name is checked and translated against: every SDK's names, read from its code. */
export interface SdkNameSets {
  /** In tab order. */
  languages: readonly Language[];
  /** The reference language's key (TypeScript). */
  reference: string;
  /** Per language, every identifier its reference SDK's code has. */
  names: Readonly<Record<string, ReadonlySet<string>>>;
  /** What the reference SDK declares each of its names as (a name may be several). */
  declaredAs: ReadonlyMap<string, ReadonlySet<ProseNameKind>>;
  /** Each language's naming (its tooling's `proseNames`). */
  naming: Readonly<Record<string, ProseNaming>>;
}

/** The reference SDK's folder, read for its names: `languages/<key>/sdk`, tests left out. */
export const referenceSdkFolder = (key: string) => `languages/${key}/sdk`;

/** Declarations of the reference SDK (tree-sitter TypeScript) and the kind each gives its name. */
const declarations: Record<string, ProseNameKind> = {
  class_declaration: 'type',
  abstract_class_declaration: 'type',
  interface_declaration: 'type',
  type_alias_declaration: 'type',
  enum_declaration: 'type',
  function_declaration: 'call',
  method_signature: 'call',
  property_signature: 'option',
  public_field_definition: 'member',
};

/**
 * Reads the reference SDK (whose snippets the compiler checks, so the SDK-surface check reads no
 * names of it) as the surface check reads the others: every identifier of its code, and what its
 * declarations make each name. A property of an interface is an option the reader sets
 * (`oAuthTokenProvider`); a field or getter one the reader reads (`errorDescription`).
 */
function readReference(
  siteDir: string,
  parsers: Parsers,
  key: string,
): { names: Set<string>; declaredAs: Map<string, Set<ProseNameKind>> } {
  const folder = path.join(siteDir, referenceSdkFolder(key));
  const files = (fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort();
  const names = new Set<string>();
  const declaredAs = new Map<string, Set<ProseNameKind>>();
  const declare = (name: string, kind: ProseNameKind) => {
    const kinds = declaredAs.get(name) ?? new Set();
    kinds.add(kind);
    declaredAs.set(name, kinds);
  };
  for (const file of files) {
    withTree(parsers, key, fs.readFileSync(path.join(folder, file), 'utf8'), (tree) =>
      walk(tree.rootNode, (node) => {
        if (node.type === 'comment') return false;
        if (node.childCount === 0 && /identifier$/.test(node.type)) names.add(node.text);
        const name = node.childForFieldName('name')?.text;
        if (name === undefined) return true;
        if (node.type === 'method_definition') {
          // A getter (`get clientCredentialsAuthManager()`) is read like a property.
          declare(name, node.children.some((child) => child?.type === 'get') ? 'member' : 'call');
        } else {
          const kind = declarations[node.type];
          if (kind !== undefined) declare(name, kind);
        }
        return true;
      }),
    );
  }
  return { names, declaredAs };
}

/**
 * Every SDK's names, from the parsers and the surface the snippet checks already read (each
 * language's `sdkNames.sources`), plus the reference SDK's.
 */
export function sdkNameSets(siteDir: string, parsers: Parsers, surface: SdkSurface): SdkNameSets {
  const reference = parsers.languages.find((language) => language.reference)!.key;
  const { names: referenceNames, declaredAs } = readReference(siteDir, parsers, reference);
  const names: Record<string, ReadonlySet<string>> = { [reference]: referenceNames };
  for (const language of parsers.languages) {
    if (language.key === reference) continue;
    const known = surface[language.key];
    if (known === undefined) {
      throw new Error(
        `no SDK names for ${language.label}: languages/${language.key}/tooling.ts must have sdkNames, so prose names can be checked against its SDK`,
      );
    }
    names[language.key] = known;
  }
  return {
    languages: parsers.languages,
    reference,
    names,
    declaredAs,
    naming: Object.fromEntries(
      parsers.languages.map((language) => [
        language.key,
        parsers.tooling[language.key]!.proseNames,
      ]),
    ),
  };
}
