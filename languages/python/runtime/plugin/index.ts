/**
 * The Python runtime for the in-page runner: Pyodide from the npm package, served from the site's
 * own output (no CDN: the site works self-hosted and offline) under a content-hashed folder, so a
 * host can cache it forever (`/pyodide/<version>-<hash>/`). Also hands the Python reference SDK's
 * sources to the Python worker as generated data. Nothing of it loads with a page: the worker
 * fetches the runtime when the reader shows intent to run Python.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { precompress } from '../../../../src/plugins/precompress/precompress';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { pythonSourceFiles, pythonSourceRoots } from './pythonSourceFiles';
import { servedFolder } from './servedFolder';

/** What the worker needs of Pyodide's npm package (the rest are consoles and type files). */
const RUNTIME_FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
];

/**
 * `@generated/python-runtime/default/runtime.json`: where the page fetches Pyodide's files from
 * (the worker has no network: the page hands them over).
 */
export interface PythonRuntimeData {
  /** Where Pyodide's files are served, e.g. `/pyodide/314.0.7-1a2b3c4d5e/`. */
  indexURL: string;
  /** The files, with their sizes (for the download's progress bar). */
  files: { name: string; bytes: number }[];
  /**
   * A hash of the Python sources the worker writes into Pyodide: with `indexURL`, it names the
   * interpreter snapshot the page keeps (languages/python/runtime/pythonSnapshot.ts).
   */
  sourcesHash: string;
}

/** `@generated/python-runtime/default/sources.json`: what the worker writes into Pyodide. */
export interface PythonSourcesData {
  /** The Python modules, path → source (the SDK, the sandbox helper, the runtime's glue). */
  files: Record<string, string>;
}

interface PluginContent {
  runtime: PythonRuntimeData;
  sources: PythonSourcesData;
}

function pyodideFolder(): { dir: string; version: string } {
  const manifest = require.resolve('pyodide/package.json');
  const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: path.dirname(manifest), version };
}

/** `<version>-<hash of the files>`: a new Pyodide, or a patched file, gets a new URL. */
function servedName(dir: string, version: string): string {
  const hash = crypto.createHash('sha256');
  for (const file of RUNTIME_FILES) hash.update(fs.readFileSync(path.join(dir, file)));
  return `${version}-${hash.digest('hex').slice(0, 10)}`;
}

export default function pythonRuntimePlugin(context: LoadContext): Plugin<PluginContent> {
  const { dir, version } = pyodideFolder();
  const name = servedName(dir, version);
  const urlPath = `${context.baseUrl}${servedFolder}/${name}/`;
  return {
    name: 'python-runtime',
    getPathsToWatch: () => pythonSourceRoots(context.siteDir).map((root) => `${root}/**/*.py`),
    loadContent: async () => {
      const files = pythonSourceFiles(context.siteDir);
      const sourcesHash = crypto
        .createHash('sha256')
        .update(JSON.stringify(files))
        .digest('hex')
        .slice(0, 10);
      return {
        runtime: {
          indexURL: urlPath,
          files: RUNTIME_FILES.map((file) => ({
            name: file,
            bytes: fs.statSync(path.join(dir, file)).size,
          })),
          sourcesHash,
        },
        sources: { files },
      };
    },
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
      const cacheDir = path.join(context.siteDir, 'node_modules', '.cache', 'python-runtime');
      for (const file of RUNTIME_FILES) {
        fs.copyFileSync(path.join(dir, file), path.join(target, file));
        await precompress(path.join(target, file), cacheDir, `${name}-${file}`);
      }
    },
  };
}
