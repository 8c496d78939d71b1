/**
 * The Ruby runtime for the in-page runner: ruby.wasm (CRuby 3.4 for WASI, with its standard
 * library) from the npm package `@ruby/3.4-wasm-wasi`, served from the site's own output (no CDN)
 * under a content-hashed folder, `/ruby-wasm/<version>-<hash>/`, so a host can cache it forever;
 * with `.br` and `.gz` beside it in the build. Also hands the Ruby reference SDK's sources to the
 * Ruby worker as generated data. Nothing of it loads with a page: the page fetches the runtime
 * when the reader shows intent to run Ruby (languages/ruby/runtime/rubyRuntimeAssets.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { precompress } from '../../../../src/plugins/precompress/precompress';
import { rubySourceFiles, rubySourceRoots } from './rubySourceFiles';
import { servedFolder } from './servedFolder';

/** The interpreter with its standard library packed in (`ruby.wasm` alone has no stdlib). */
const RUNTIME_FILES = ['ruby+stdlib.wasm'];

/** `@generated/ruby-runtime/default/runtime.json`: where the page fetches ruby.wasm from. */
export interface RubyRuntimeData {
  /** Where the runtime's files are served, e.g. `/ruby-wasm/2.10.1-1a2b3c4d5e/`. */
  indexURL: string;
  /** The files, with their sizes (for the download's progress bar). */
  files: { name: string; bytes: number }[];
}

/** `@generated/ruby-runtime/default/sources.json`: what the worker writes into ruby.wasm. */
export interface RubySourcesData {
  /** The Ruby files, path → source (`lib/sdk.rb`, `lib/sandbox/browser.rb`, `runtime/runner_host.rb`, …). */
  files: Record<string, string>;
}

interface PluginContent {
  runtime: RubyRuntimeData;
  sources: RubySourcesData;
}

function rubyWasmFolder(): { dir: string; version: string } {
  // The package exports its .wasm files but not its package.json: found from the interpreter.
  const wasm = require.resolve(`@ruby/3.4-wasm-wasi/dist/${RUNTIME_FILES[0]}`);
  const manifest = path.join(path.dirname(wasm), '..', 'package.json');
  const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: path.dirname(wasm), version };
}

/** `<version>-<hash of the files>`: a new ruby.wasm gets a new URL. */
function servedName(dir: string, version: string): string {
  const hash = crypto.createHash('sha256');
  for (const file of RUNTIME_FILES) hash.update(fs.readFileSync(path.join(dir, file)));
  return `${version}-${hash.digest('hex').slice(0, 10)}`;
}

export default function rubyRuntimePlugin(context: LoadContext): Plugin<PluginContent> {
  const { dir, version } = rubyWasmFolder();
  const name = servedName(dir, version);
  const urlPath = `${context.baseUrl}${servedFolder}/${name}/`;
  return {
    name: 'ruby-runtime',
    getPathsToWatch: () => rubySourceRoots(context.siteDir).map((root) => `${root}/**/*.rb`),
    loadContent: async () => ({
      runtime: {
        indexURL: urlPath,
        files: RUNTIME_FILES.map((file) => ({
          name: file,
          bytes: fs.statSync(path.join(dir, file)).size,
        })),
      },
      sources: { files: rubySourceFiles(context.siteDir) },
    }),
    async contentLoaded({ content, actions }) {
      await actions.createData('runtime.json', JSON.stringify(content.runtime));
      await actions.createData('sources.json', JSON.stringify(content.sources));
    },
    configureWebpack() {
      // `npm start` serves the runtime straight from node_modules at the same URL as the build.
      return {
        devServer: {
          static: [{ directory: dir, publicPath: urlPath, watch: false }],
        },
      } as never;
    },
    async postBuild({ outDir }) {
      const target = path.join(outDir, servedFolder, name);
      fs.mkdirSync(target, { recursive: true });
      const cacheDir = path.join(context.siteDir, 'node_modules', '.cache', 'ruby-runtime');
      for (const file of RUNTIME_FILES) {
        const copy = path.join(target, file);
        fs.copyFileSync(path.join(dir, file), copy);
        await precompress(copy, cacheDir, name);
      }
    },
  };
}
