/**
 * The Go runtime for the in-page runner: the Yaegi interpreter compiled to WebAssembly (npm
 * `yaegi-wasm`), served from the site's own output (no CDN) under a content-hashed folder,
 * `/yaegi/<version>-<hash>/`, so a host can cache it forever; the build also writes `.br` and
 * `.gz` beside each file for hosts that serve pre-compressed files. Also hands the Go reference
 * SDK's sources to the Go worker as generated data. Nothing of it loads with a page: the page
 * fetches it when the reader shows intent to run Go.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { precompress } from '../../../../src/plugins/precompress/precompress';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { goSourceFiles, goSourceRoots } from './goSourceFiles';
import { servedFolder } from './servedFolder';

/** What the worker needs of the npm package (its `index.js` is a page-side loader we do not use). */
const RUNTIME_FILES = ['yaegi-browser.wasm', 'wasm_exec.js'];

/** `@generated/go-runtime/default/runtime.json`: where the page fetches the runtime's files. */
export interface GoRuntimeData {
  /** Where the files are served, e.g. `/yaegi/1.0.2-1a2b3c4d5e/`. */
  indexURL: string;
  /** The files, with their sizes (for the download's progress bar). */
  files: { name: string; bytes: number }[];
}

/** `@generated/go-runtime/default/sources.json`: the Go packages the interpreter imports. */
export interface GoSourcesData {
  /** Path in the interpreter's file system (`src/<import path>/<file>.go`) → source. */
  files: Record<string, string>;
}

interface PluginContent {
  runtime: GoRuntimeData;
  sources: GoSourcesData;
}

function yaegiFolder(): { dir: string; version: string } {
  const manifest = require.resolve('yaegi-wasm/package.json');
  const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: path.join(path.dirname(manifest), 'src'), version };
}

/** `<version>-<hash of the files>`: a new package, or a patched file, gets a new URL. */
function servedName(dir: string, version: string): string {
  const hash = crypto.createHash('sha256');
  for (const file of RUNTIME_FILES) hash.update(fs.readFileSync(path.join(dir, file)));
  return `${version}-${hash.digest('hex').slice(0, 10)}`;
}

export default function goRuntimePlugin(context: LoadContext): Plugin<PluginContent> {
  const { dir, version } = yaegiFolder();
  const name = servedName(dir, version);
  const urlPath = `${context.baseUrl}${servedFolder}/${name}/`;
  return {
    name: 'go-runtime',
    getPathsToWatch: () => goSourceRoots(context.siteDir).map((root) => `${root.folder}/**/*.go`),
    loadContent: async () => ({
      runtime: {
        indexURL: urlPath,
        files: RUNTIME_FILES.map((file) => ({
          name: file,
          bytes: fs.statSync(path.join(dir, file)).size,
        })),
      },
      sources: { files: goSourceFiles(context.siteDir) },
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
      for (const file of RUNTIME_FILES) {
        fs.copyFileSync(path.join(dir, file), path.join(target, file));
      }
      const cacheDir = path.join(context.siteDir, 'node_modules', '.cache', 'go-runtime');
      await precompress(path.join(target, 'yaegi-browser.wasm'), cacheDir, name);
    },
  };
}
