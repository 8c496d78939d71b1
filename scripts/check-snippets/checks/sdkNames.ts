import type { Node } from 'web-tree-sitter';
import type {
  NameExtraction,
  NameUse,
  TreeHelpers,
  UseName,
} from '../../../languages/LanguageTooling';
import { descendantsOf, positionOf, walk, withTree, type Parsers } from './treeSitter';

export type { NameUse };

/**
 * The names a snippet takes from outside itself: what it calls, constructs or names as a type, and
 * the members it reaches through on the way to a call (`client.OAuthCCG.FetchToken()` uses
 * `OAuthCCG` and `FetchToken`). The SDK-surface check compares them with the names the language's
 * SDK has. Left out here, because they cannot be SDK names:
 * - names the snippet defines itself (functions, classes, variables, parameters);
 * - anything reached from a standard-library root: an import that is not the SDK
 *   (`fmt.Printf`, `secrets.token_urlsafe`, `java.util.Base64`) or a well-known global
 *   (`standardLibrary.roots` in the language's tooling.ts: `Console`, `System`, `SecureRandom`).
 * Calls on the snippet's own values whose receiver type is unknown (`token.getAccessToken()
 * .substring(0, 8)`) are kept; `standardLibrary.names` lists the standard-library methods snippets
 * use on values, so `substring` passes and an invented `fetchAccessToken` does not.
 *
 * Each language reads its own nodes (`sdkNames.read` in `languages/<key>/tooling.ts`); the walk,
 * the filtering and these helpers, which every reader is handed, are shared here.
 */

const field = (node: Node, name: string) => node.childForFieldName(name);

/** Follows receivers (`a.b().c` → `a`) down to the identifier a chain starts from. */
function rootOf(node: Node | null, receiverFields: readonly string[]): Node | null {
  let current = node;
  while (current !== null) {
    const next = receiverFields
      .map((name) => current?.childForFieldName(name))
      .find((child) => child);
    if (next) {
      current = next;
      continue;
    }
    // Wrappers without a receiver field (C# `a?.B`, parentheses): descend into the first child.
    if (
      current.namedChildCount > 0 &&
      /conditional_access|parenthesized|await|non_null/.test(current.type)
    ) {
      current = current.namedChild(0);
      continue;
    }
    return current;
  }
  return null;
}

/** The member names on the way from a call's receiver down to its root. */
function chainMembers(
  receiver: Node | null,
  memberTypes: Record<string, string>,
  receiverFields: readonly string[],
  use: UseName,
  root: string | undefined,
) {
  let current = receiver;
  while (current !== null) {
    const nameField = memberTypes[current.type];
    if (nameField !== undefined) use(field(current, nameField), 'member', root);
    const next = receiverFields
      .map((name) => current?.childForFieldName(name))
      .find((child) => child);
    current = next ?? null;
  }
}

const treeHelpers: TreeHelpers = { field, rootOf, chainMembers, descendantsOf, walk };

/**
 * The names a snippet uses from outside itself and outside the standard library, in source order,
 * one entry per occurrence.
 */
export function findSdkNames(parsers: Parsers, language: string, source: string): NameUse[] {
  const sdkNames = parsers.tooling[language]?.sdkNames;
  if (sdkNames === null || sdkNames === undefined) return [];
  return withTree(parsers, language, source, (tree) => {
    const found: NameExtraction = { defined: new Set(), external: new Set() };
    // Imports and definitions first: a name may be used before (above) its definition.
    const pending: [Node, NameUse['kind'], string | undefined, string][] = [];
    walk(tree.rootNode, (node) => {
      if (node.type.includes('comment')) return false;
      sdkNames.read(
        node,
        found,
        (target, kind, root, name) => {
          if (target !== null) pending.push([target, kind, root, name ?? target.text]);
        },
        treeHelpers,
      );
      return true;
    });
    const roots = new Set(sdkNames.standardLibrary.roots);
    const names = new Set(sdkNames.standardLibrary.names);
    // One use per occurrence: a name reached through (`member`) and also called is a `call`.
    const strength = { member: 0, type: 1, call: 2 };
    const uses = new Map<string, NameUse>();
    for (const [node, kind, root, name] of pending) {
      if (root !== undefined && (found.external.has(root) || roots.has(root))) continue;
      if ([found.defined, names, roots, found.external].some((set) => set.has(name))) continue;
      const key = `${node.startIndex}:${name}`;
      const earlier = uses.get(key);
      if (earlier === undefined) uses.set(key, { name, kind, ...positionOf(source, node) });
      else if (strength[kind] > strength[earlier.kind]) earlier.kind = kind;
    }
    return [...uses.values()].sort((a, b) => a.line - b.line || a.column - b.column);
  });
}
