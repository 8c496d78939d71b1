/**
 * The PHP runtime for the in-page runner: PHP 8.3 compiled to WebAssembly by the `php-wasm` npm
 * package (with the `dom` extension and libxml2 from `php-wasm-dom` / `php-wasm-libxml`), served
 * from the site's own output under a content-hashed folder (`/php-wasm/<version>-<hash>/`, no
 * CDN), so a host can cache it forever. Also hands the PHP reference SDK's sources to the PHP
 * worker as generated data. Nothing of it loads with a page: the page fetches the runtime when the
 * reader shows intent to run PHP (languages/php/runtime/phpRuntimeAssets.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { precompress } from '../../../../src/plugins/precompress/precompress';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { phpSourceFiles, phpSourceRoots } from './phpSourceFiles';
import { servedFolder } from './servedFolder';

/** The PHP version the page runs: one build of the several `php-wasm` ships. */
const PHP_VERSION = '8.3';

/**
 * `@generated/php-runtime/default/runtime.json`: where the page fetches PHP's files from (the
 * worker has no network: the page hands them over).
 */
export interface PhpRuntimeData {
  /** Where the files are served, e.g. `/php-wasm/0.1.0-1a2b3c4d5e/`. */
  baseURL: string;
  /** The files, with their sizes (for the download's progress bar). */
  files: { name: string; bytes: number }[];
  /** Which file is which (the WebAssembly binary's name is a hash chosen by php-wasm's build). */
  module: string;
  wasm: string;
  /** Shared libraries PHP loads at start-up (`extension=` in php.ini), dependencies first. */
  sharedLibraries: string[];
  /** The extension PHP loads (the others are its dependencies). */
  extension: string;
}

/** `@generated/php-runtime/default/sources.json`: what the worker writes into PHP's file system. */
export interface PhpSourcesData {
  /** The PHP files, path relative to `languages/php/` → source. */
  files: Record<string, string>;
}

interface PluginContent {
  runtime: PhpRuntimeData;
  sources: PhpSourcesData;
}

interface RuntimeFile {
  name: string;
  /** Absolute path in node_modules. */
  source: string;
}

function packageDir(name: string): { dir: string; version: string } {
  const manifest = require.resolve(`${name}/package.json`);
  const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: path.dirname(manifest), version };
}

/**
 * What the worker needs of the three packages: the 8.3 web build's loader and its WebAssembly
 * binary (whose name the loader holds), the `dom` extension and libxml2 (the SDK's sandbox helper
 * reads the consent page with DOMDocument). The other PHP versions, the SDL builds and the
 * Node builds stay in node_modules.
 */
function runtimeFiles(): {
  files: RuntimeFile[];
  version: string;
  data: Omit<PhpRuntimeData, 'baseURL' | 'files'>;
} {
  const php = packageDir('php-wasm');
  const dom = packageDir('php-wasm-dom');
  const libxml = packageDir('php-wasm-libxml');
  const module = `php${PHP_VERSION}-web.mjs`;
  const loader = fs.readFileSync(path.join(php.dir, module), 'utf8');
  const wasm = /"([0-9a-f]{40}\.wasm)"/.exec(loader)?.[1];
  if (!wasm) {
    throw new Error(
      `php-runtime: node_modules/php-wasm/${module} names no WebAssembly binary ("<40 hex digits>.wasm"); php-wasm ${php.version} changed its build: update languages/php/runtime/plugin/index.ts`,
    );
  }
  const extension = `php${PHP_VERSION}-dom.so`;
  const files = [
    { name: module, source: path.join(php.dir, module) },
    { name: wasm, source: path.join(php.dir, wasm) },
    { name: 'libxml2.so', source: path.join(libxml.dir, 'libxml2.so') },
    { name: extension, source: path.join(dom.dir, extension) },
  ];
  for (const file of files) {
    if (!fs.existsSync(file.source)) {
      throw new Error(
        `php-runtime: ${file.source} is missing: run npm ci (php-wasm, php-wasm-dom and php-wasm-libxml are dependencies)`,
      );
    }
  }
  return {
    files,
    version: php.version,
    data: { module, wasm, sharedLibraries: ['libxml2.so', extension], extension },
  };
}

/** `<php-wasm version>-<hash of the files>`: a new runtime, or a patched file, gets a new URL. */
function servedName(files: RuntimeFile[], version: string): string {
  const hash = crypto.createHash('sha256');
  for (const file of files) hash.update(fs.readFileSync(file.source));
  return `${version}-${hash.digest('hex').slice(0, 10)}`;
}

export default function phpRuntimePlugin(context: LoadContext): Plugin<PluginContent> {
  const { files, version, data } = runtimeFiles();
  const name = servedName(files, version);
  const urlPath = `${context.baseUrl}${servedFolder}/${name}/`;
  return {
    name: 'php-runtime',
    getPathsToWatch: () => phpSourceRoots(context.siteDir).map((root) => `${root}/**/*.php`),
    loadContent: async () => ({
      runtime: {
        baseURL: urlPath,
        files: files.map((file) => ({ name: file.name, bytes: fs.statSync(file.source).size })),
        ...data,
      },
      sources: { files: phpSourceFiles(context.siteDir) },
    }),
    async contentLoaded({ content, actions }) {
      await actions.createData('runtime.json', JSON.stringify(content.runtime));
      await actions.createData('sources.json', JSON.stringify(content.sources));
    },
    configureWebpack() {
      // `npm start` serves the runtime straight from node_modules at the same URL as the build.
      const folders = [...new Set(files.map((file) => path.dirname(file.source)))];
      return {
        devServer: {
          static: folders.map((directory) => ({ directory, publicPath: urlPath, watch: false })),
        },
      } as never;
    },
    async postBuild({ outDir }) {
      const target = path.join(outDir, servedFolder, name);
      fs.mkdirSync(target, { recursive: true });
      const cacheDir = path.join(context.siteDir, 'node_modules', '.cache', 'php-runtime');
      for (const file of files) {
        const copy = path.join(target, file.name);
        fs.copyFileSync(file.source, copy);
        await precompress(copy, cacheDir, `${name}-${file.name}`);
      }
    },
  };
}
