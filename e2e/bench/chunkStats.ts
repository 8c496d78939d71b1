import fs from 'node:fs';
import path from 'node:path';

/**
 * What each emitted JS file is made of, from the bundler's own stats (a side build with
 * `e2e/bench/stats.config.ts`): the only exact way to say "this chunk is the transpiler" once
 * names are minified away.
 */

/** The parts of a page the bench reports on; the first matching rule wins. */
export const categories = [
  { name: 'runner UI', path: /src\/components\/LiveRunner\// },
  // The TypeScript worker is the runner's own; other languages' workers are their runtimes'.
  {
    name: 'runner worker',
    path: /sandbox\/runner\/|languages\/typescript\/(runtime\/|snippetWorker)/,
  },
  { name: 'sandbox environment', path: /languages\/typescript\/sandbox\// },
  // Before 'SDK': each in-page language's worker, asset loader and generated SDK sources (its
  // plugin's data folder, `<language>-runtime/`).
  { name: 'in-page runtimes', path: /languages\/[a-z]+\/runtime\/|[a-z]+-runtime\// },
  { name: 'SDK', path: /languages\/typescript\/sdk\// },
  { name: 'mock server', path: /sandbox\/mock-server\// },
  {
    name: 'transpiler (sucrase)',
    pkg: /^(sucrase|@jridgewell\/.*|lines-and-columns|ts-interface-checker)$/,
  },
  {
    name: 'MSW',
    pkg: /^(msw|@mswjs\/.*|@open-draft\/.*|@bundled-es-modules\/.*|headers-polyfill|outvariant|strict-event-emitter|is-node-process|cookie|tough-cookie|tldts|tldts-core|statuses|path-to-regexp|graphql|until-async|rettime|type-fest)$/,
  },
  { name: 'runtime packages', pkg: /^(pyodide|@ruby\/.*|@bjorn3\/.*|php-wasm.*|yaegi-wasm)$/ },
  { name: 'editor (react-live)', pkg: /^(react-live|use-editable|react-simple-code-editor)$/ },
  { name: 'Prism', pkg: /^(prism-react-renderer|prismjs)$/ },
  {
    name: 'React',
    pkg: /^(react|react-dom|scheduler|react-router|react-router-dom|react-helmet-async)$/,
  },
  { name: 'Docusaurus', pkg: /^@docusaurus\// },
  { name: 'page content', path: /(^|\/)(docs|snippets)\/|\.docusaurus/ },
  { name: 'site code', path: /(^|\/)(src|sandbox|languages)\// },
  { name: 'other node_modules', pkg: /./ },
] as const;

export type Category = (typeof categories)[number]['name'] | 'other';

/**
 * The package a module belongs to, by its outermost node_modules folder: a dependency nested under
 * react-router counts as react-router's.
 */
export function packageOf(modulePath: string): string | undefined {
  return /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(modulePath)?.[1];
}

export function categoryOf(modulePath: string): Category {
  const pkg = packageOf(modulePath);
  const rule = categories.find((candidate) =>
    'pkg' in candidate
      ? pkg !== undefined && candidate.pkg.test(pkg)
      : pkg === undefined && candidate.path.test(modulePath),
  );
  return rule?.name ?? 'other';
}

export interface ChunkInfo {
  /** Emitted JS files of the chunk, relative to the output dir ("assets/js/343.9e03b092.js"). */
  files: string[];
  names: string[];
  /** Source bytes (before minification) per category: the chunk's make-up. */
  composition: Partial<Record<Category, number>>;
}

// The slice of Rspack's stats JSON used here.
interface StatsModule {
  /** The module's resource, absolute; the most reliable path to categorize by. */
  nameForCondition?: string;
  name?: string;
  identifier?: string;
  size?: number;
  modules?: StatsModule[];
}
interface StatsChunk {
  files?: string[];
  names?: string[];
  modules?: StatsModule[];
}
interface StatsJson {
  chunks?: StatsChunk[];
}
// Typed loosely so both webpack's and Rspack's compilers fit; the JSON is read as StatsJson.
interface StatsLike {
  toJson(options: Record<string, unknown>): unknown;
}
interface CompilerLike {
  hooks: { done: { tap(name: string, callback: (stats: StatsLike) => void): void } };
}

function leafModules(module: StatsModule): StatsModule[] {
  // A concatenated module lists the modules it was made of.
  return module.modules?.length ? module.modules.flatMap(leafModules) : [module];
}

function modulePath(module: StatsModule): string {
  const raw = module.nameForCondition ?? module.name ?? module.identifier ?? '';
  // "./node_modules/sucrase/dist/esm/index.js + 12 modules", loaders "a!b!./x.ts"
  return raw
    .split('!')
    .pop()!
    .replace(/ \+ \d+ modules?$/, '');
}

/** Reduces Rspack's stats to {@link ChunkInfo}s. */
export function summarizeStats(stats: StatsJson): ChunkInfo[] {
  return (stats.chunks ?? [])
    .map((chunk) => {
      const composition: Partial<Record<Category, number>> = {};
      for (const module of (chunk.modules ?? []).flatMap(leafModules)) {
        const category = categoryOf(modulePath(module));
        composition[category] = (composition[category] ?? 0) + (module.size ?? 0);
      }
      return {
        files: (chunk.files ?? []).filter((file) => file.endsWith('.js')),
        names: chunk.names ?? [],
        composition,
      };
    })
    .filter((chunk) => chunk.files.length > 0);
}

/** A bundler plugin that writes {@link ChunkInfo}s of the client build to `file`. */
export class ChunkStatsWriter {
  constructor(private readonly file: string) {}

  apply(compiler: CompilerLike): void {
    compiler.hooks.done.tap('BenchChunkStats', (stats) => {
      const json = stats.toJson({
        all: false,
        chunks: true,
        chunkModules: true,
        nestedModules: true,
        dependentModules: true,
        orphanModules: true,
        // Without these the stats keep ~15 modules per chunk and fold the rest into a count.
        chunkModulesSpace: Infinity,
        modulesSpace: Infinity,
        nestedModulesSpace: Infinity,
      }) as StatsJson;
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(this.file, JSON.stringify(summarizeStats(json), null, 2));
    });
  }
}

/**
 * "assets/js/main.b84f47d1.js" → "main": the chunk's name or id, which a side build shares with
 * the real one even where content hashes differ (its generated files live elsewhere).
 */
export function chunkKey(file: string): string {
  return path.posix
    .basename(file)
    .replace(/\.[0-9a-f]{8}\.m?js$/, '')
    .replace(/\.m?js$/, '');
}

/** Chunk make-up by {@link chunkKey}. */
export function readChunkStats(file: string): Map<string, ChunkInfo> {
  const chunks = JSON.parse(fs.readFileSync(file, 'utf8')) as ChunkInfo[];
  const byKey = new Map<string, ChunkInfo>();
  for (const chunk of chunks) {
    for (const emitted of chunk.files) byKey.set(chunkKey(emitted), chunk);
  }
  return byKey;
}

/** The categories that make up most of a chunk, largest first: "transpiler 61%, MSW 30%". */
export function describeComposition(chunk: ChunkInfo | undefined, limit = 3): string {
  if (!chunk) return 'unknown (not in the stats build)';
  const entries = Object.entries(chunk.composition) as [Category, number][];
  const total = entries.reduce((sum, [, size]) => sum + size, 0);
  if (total === 0) return 'empty';
  return entries
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([category, size]) => `${category} ${Math.round((size / total) * 100)}%`)
    .join(', ');
}
