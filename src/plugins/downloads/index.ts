import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import * as esbuild from 'esbuild';
import { languages } from '../../../languages';
import { loadDownload } from '../../../languages/loadDownload';
import { docFile, loadedDocs, type LoadedDoc } from '../loadedDocs';
import { readRegistry, RegistryError } from '../snippet-registry/loadRegistry';
import { replaceSnippetElements } from '../snippet-registry/replaceSnippetElements';
import { downloadPathOf, mockServerPath } from './downloadPathOf';
import { snippetDownload } from './snippetDownload';
import { zipFiles } from './zipFiles';

/**
 * Each snippet's runnable project, one zip per language (`downloadPathOf`), and the standalone
 * mock OAuth server their READMEs start (`mockServerPath`: `scripts/mock-server.ts` bundled by
 * esbuild into one file that needs only Node.js). Static files written after the build: a page
 * links to them, and the browser fetches one only when the reader clicks Download.
 */
export default function downloadsPlugin(context: LoadContext): Plugin {
  const { siteDir, siteConfig } = context;
  const origin = siteConfig.url.replace(/\/+$/, '');
  let docs: LoadedDoc[] = [];
  return {
    name: 'downloads',

    allContentLoaded({ allContent }) {
      docs = loadedDocs(allContent).docs;
    },

    async postBuild({ outDir }) {
      const { entries, problems } = readRegistry(siteDir);
      if (problems.length > 0) throw new RegistryError(problems);
      // The page that shows each snippet, for its README.
      const pageOf = new Map<string, string>();
      for (const doc of docs) {
        const file = docFile(siteDir, doc);
        await replaceSnippetElements(await fs.readFile(file, 'utf8'), file, (id) => {
          if (!pageOf.has(id)) pageOf.set(id, origin + doc.permalink);
          return '';
        });
      }
      const recipes = await Promise.all(
        languages.map(async (language) => ({
          language,
          recipe: await loadDownload(siteDir, language.key),
        })),
      );
      await Promise.all(
        entries.flatMap((entry) =>
          recipes.map(async ({ language, recipe }) => {
            const zip = zipFiles(
              snippetDownload({
                siteDir,
                entry,
                language,
                recipe,
                pageUrl: pageOf.get(entry.id) ?? `${origin}/docs`,
                mockServerUrl: origin + mockServerPath,
              }),
            );
            const out = path.join(outDir, downloadPathOf(entry.id, language.key));
            await fs.mkdir(path.dirname(out), { recursive: true });
            await fs.writeFile(out, zip);
          }),
        ),
      );
      await esbuild.build({
        entryPoints: [path.join(siteDir, 'scripts', 'mock-server.ts')],
        outfile: path.join(outDir, mockServerPath),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        minify: true,
        logLevel: 'warning',
        // Bundled CommonJS packages (express, under @mswjs/http-middleware) call `require` for
        // Node's own modules, which an ES module lacks.
        banner: {
          js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
        },
      });
    },
  };
}
