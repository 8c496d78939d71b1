import { createRequire } from 'node:module';
import path from 'node:path';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';
import type { LanguageKey } from '../../../languages';

/** The tree-sitter grammar of each registry language, from `@vscode/tree-sitter-wasm`. */
const grammarFiles: Record<LanguageKey, string> = {
  csharp: 'tree-sitter-c-sharp.wasm',
  java: 'tree-sitter-java.wasm',
  python: 'tree-sitter-python.wasm',
  ruby: 'tree-sitter-ruby.wasm',
  typescript: 'tree-sitter-typescript.wasm',
  php: 'tree-sitter-php.wasm',
  go: 'tree-sitter-go.wasm',
};

export const grammarNames: Record<LanguageKey, string> = {
  csharp: 'C#',
  java: 'Java',
  python: 'Python',
  ruby: 'Ruby',
  typescript: 'TypeScript',
  php: 'PHP',
  go: 'Go',
};

export type Parsers = Record<LanguageKey, Parser>;

let parsers: Promise<Parsers> | undefined;

/**
 * One parser per language, created once per process (test file): initialising the Wasm runtime and
 * loading seven grammars is the slow part, parsing a snippet takes well under a millisecond.
 */
export function loadParsers(): Promise<Parsers> {
  parsers ??= (async () => {
    // Resolved from the working directory (the site root for npm scripts and vitest): works whether
    // this file runs as ESM (vitest) or is compiled to CommonJS (tsx without "type": "module").
    const require = createRequire(path.join(process.cwd(), 'package.json'));
    const wasmDir = path.join(
      path.dirname(require.resolve('@vscode/tree-sitter-wasm/package.json')),
      'wasm',
    );
    await Parser.init();
    const entries = await Promise.all(
      (Object.entries(grammarFiles) as [LanguageKey, string][]).map(async ([key, file]) => {
        const parser = new Parser();
        parser.setLanguage(await Language.load(path.join(wasmDir, file)));
        return [key, parser] as const;
      }),
    );
    return Object.fromEntries(entries) as Parsers;
  })();
  return parsers;
}

/** Parses `source`, hands the tree to `use`, and frees the tree's Wasm memory afterwards. */
export function withTree<T>(
  parsers: Parsers,
  language: LanguageKey,
  source: string,
  use: (tree: Tree) => T,
): T {
  const tree = parsers[language].parse(source);
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
