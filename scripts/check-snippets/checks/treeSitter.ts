import { createRequire } from 'node:module';
import path from 'node:path';
import { Language as TreeSitterLanguage, Parser, type Node, type Tree } from 'web-tree-sitter';
import type { Language } from '../../../languages/Language';
import type { LanguageTooling } from '../../../languages/LanguageTooling';
import {
  loadAllTooling,
  registeredLanguages,
  type LanguageSet,
} from '../../../languages/loadTooling';

/**
 * One parser per language, with the languages (in tab order) and their command line traits: what
 * every check of a snippet's code reads.
 */
export interface Parsers {
  languages: readonly Language[];
  tooling: Readonly<Record<string, LanguageTooling>>;
  parser: Readonly<Record<string, Parser>>;
}

const loaded = new WeakMap<LanguageSet, Promise<Parsers>>();

/**
 * Creates the parsers once per language set and process (test file): initialising the Wasm runtime
 * and loading the grammars is the slow part, parsing a snippet takes well under a millisecond.
 * Each grammar is the one its language's tooling names (`syntax.treeSitterGrammar`).
 */
export function loadParsers(set: LanguageSet = registeredLanguages): Promise<Parsers> {
  let parsers = loaded.get(set);
  if (parsers === undefined) {
    parsers = (async () => {
      // Resolved from the working directory (the site root for npm scripts and vitest): works
      // whether this file runs as ESM (vitest) or is compiled to CommonJS (tsx without "type":
      // "module").
      const require = createRequire(path.join(process.cwd(), 'package.json'));
      const wasmDir = path.join(
        path.dirname(require.resolve('@vscode/tree-sitter-wasm/package.json')),
        'wasm',
      );
      await Parser.init();
      const tooling = loadAllTooling(set);
      const entries = await Promise.all(
        set.languages.map(async ({ key }) => {
          const parser = new Parser();
          const grammar = tooling[key]!.syntax.treeSitterGrammar;
          parser.setLanguage(await TreeSitterLanguage.load(path.join(wasmDir, grammar)));
          return [key, parser] as const;
        }),
      );
      return { languages: set.languages, tooling, parser: Object.fromEntries(entries) };
    })();
    loaded.set(set, parsers);
  }
  return parsers;
}

/** Parses `source`, hands the tree to `use`, and frees the tree's Wasm memory afterwards. */
export function withTree<T>(
  parsers: Parsers,
  language: string,
  source: string,
  use: (tree: Tree) => T,
): T {
  const parser = parsers.parser[language];
  if (parser === undefined) throw new Error(`no tree-sitter parser for language "${language}"`);
  const tree = parser.parse(source);
  if (tree === null) throw new Error(`tree-sitter returned no tree for ${language}`);
  try {
    return use(tree);
  } finally {
    tree.delete();
  }
}

/** Depth-first walk; return `false` from `visit` to skip a node's children. */
export function walk(node: Node, visit: (node: Node) => boolean | void): void {
  if (visit(node) === false) return;
  for (const child of node.children) {
    if (child !== null) walk(child, visit);
  }
}

/**
 * The descendants of `node` (itself included) of one type, in source order. Use this rather than
 * web-tree-sitter's `descendantsOfType`, which costs about a millisecond per call.
 */
export function descendantsOf(node: Node, type: string): Node[] {
  const found: Node[] = [];
  walk(node, (descendant) => {
    if (descendant.type === type) found.push(descendant);
  });
  return found;
}

/**
 * 1-based line and column of a node, counted in characters of the source (tree-sitter's own
 * columns count bytes, which drift after a non-ASCII character such as "…").
 */
export function positionOf(source: string, node: Node): { line: number; column: number } {
  return positionAt(source, node.startIndex);
}

export function positionAt(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}
