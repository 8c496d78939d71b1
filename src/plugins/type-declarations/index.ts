/**
 * The editor's type checker (src/components/TypeCheck): at build time, emits the `.d.ts` text of
 * the modules snippets import (`sdk`, `sandbox`) with the TypeScript API, as generated data the
 * type-check worker imports, so the editor's diagnostics always match the bundled SDK. Also serves
 * TypeScript itself (`typescript.js`) and the standard-library declarations the options need from
 * the site's own output, under a content-hashed folder (`/typescript/<version>-<hash>/`), like the
 * Python runtime: nothing of it loads with a page; the worker fetches it when the reader presses
 * Edit.
 */
import { precompress } from '../precompress/precompress';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { generateTypeCheckData, type TypeCheckData } from './generateTypeCheckData';

/** `@generated/type-declarations/default/typeCheck.json`. */
export interface TypeCheckDataWithUrl extends TypeCheckData {
  /** Where `typescript.js` and `libFiles` are served, e.g. `/typescript/5.9.3-1a2b3c4d5e/`. */
  baseUrl: string;
}

function typescriptFolder(): { dir: string; version: string } {
  const manifest = require.resolve('typescript/package.json');
  const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: path.join(path.dirname(manifest), 'lib'), version };
}

export default function typeDeclarationsPlugin(context: LoadContext): Plugin<TypeCheckDataWithUrl> {
  const { dir, version } = typescriptFolder();
  let served: string[] = [];
  return {
    name: 'type-declarations',
    getPathsToWatch: () =>
      ['languages/typescript/sdk', 'languages/typescript/sandbox'].map((folder) =>
        path.join(context.siteDir, folder, '**/*.ts'),
      ),
    loadContent: async () => {
      const data = generateTypeCheckData(context.siteDir);
      served = ['typescript.js', ...data.libFiles];
      const hash = crypto.createHash('sha256');
      for (const file of served) hash.update(fs.readFileSync(path.join(dir, file)));
      const name = `${version}-${hash.digest('hex').slice(0, 10)}`;
      return { ...data, baseUrl: `${context.baseUrl}typescript/${name}/` };
    },
    async contentLoaded({ content, actions }) {
      await actions.createData('typeCheck.json', JSON.stringify(content));
    },
    configureWebpack(_config, _isServer, _utils, content) {
      // `npm start` serves TypeScript straight from node_modules at the same URL as the build.
      return {
        devServer: {
          static: [{ directory: dir, publicPath: content.baseUrl, watch: false }],
        },
      } as never;
    },
    async postBuild({ outDir, content }) {
      const target = path.join(outDir, content.baseUrl.slice(context.baseUrl.length));
      fs.mkdirSync(target, { recursive: true });
      const cacheDir = path.join(context.siteDir, 'node_modules', '.cache', 'type-declarations');
      for (const file of served) {
        fs.copyFileSync(path.join(dir, file), path.join(target, file));
        // typescript.js is 9 MB raw, about 2 MB compressed.
        await precompress(path.join(target, file), cacheDir, `${path.basename(target)}-${file}`);
      }
    },
  };
}
