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
import type { LoadContext, Plugin } from '@docusaurus/types';
import { pythonSourceFiles, pythonSourceRoots } from './pythonSourceFiles';

/** What the worker needs of Pyodide's npm package (the rest are consoles and type files). */
const RUNTIME_FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
];

/** What the Python worker imports from `@generated/python-runtime/default/runtime.json`. */
export interface PythonRuntimeData {
  /** Where Pyodide's files are served, e.g. `/pyodide/314.0.7-1a2b3c4d5e/`. */
  indexURL: string;
  /** What the worker downloads of the runtime, in bytes (for the progress bar). */
  totalBytes: number;
  /** The Python modules to write into Pyodide's file system: path → source. */
  files: Record<string, string>;
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

export default function pythonRuntimePlugin(context: LoadContext): Plugin<PythonRuntimeData> {
  const { dir, version } = pyodideFolder();
  const name = servedName(dir, version);
  const urlPath = `${context.baseUrl}pyodide/${name}/`;
  return {
    name: 'python-runtime',
    getPathsToWatch: () => pythonSourceRoots(context.siteDir).map((root) => `${root}/**/*.py`),
    loadContent: async () => ({
      indexURL: urlPath,
      totalBytes: RUNTIME_FILES.reduce(
        (sum, file) => sum + fs.statSync(path.join(dir, file)).size,
        0,
      ),
      files: pythonSourceFiles(context.siteDir),
    }),
    async contentLoaded({ content, actions }) {
      await actions.createData('runtime.json', JSON.stringify(content));
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
      const target = path.join(outDir, 'pyodide', name);
      fs.mkdirSync(target, { recursive: true });
      for (const file of RUNTIME_FILES) {
        fs.copyFileSync(path.join(dir, file), path.join(target, file));
      }
    },
  };
}
