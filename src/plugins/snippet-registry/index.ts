import { moduleAliases } from '../../../languages/moduleAliases';
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { highlight, tokenStylesCss } from './highlight';
import { languages, runnableLanguage, type Language, type LanguageKey } from '../../../languages';
import {
  readRegistry,
  RegistryError,
  type RegistryProblem,
  type SnippetEntry,
} from './loadRegistry';
import type { RunExpectations } from './metaSchema';
import { dataFileName } from './dataFileName';
import { recordingPath } from './recordingPath';
import { reservedHeight, type ReservedHeight } from '../../components/RecordedRun/reservedHeight';
import type { Recording } from '../../../sandbox/runner/core/Recording';

export interface SnippetFile {
  path: string;
  fileName: string;
  source: string;
  html: string;
}

/** What `<Snippet>` receives for one snippet: everything it renders, computed at build time. */
export interface SnippetData {
  id: string;
  title: string;
  description: string;
  run: RunExpectations | false;
  runNote?: string;
  files: Record<LanguageKey, SnippetFile>;
  /**
   * The height each recorded run's Output will take, by language, for the tabs that show one
   * (the languages that do not run in the page): its placeholder takes it while it loads.
   */
  reservedHeights?: Partial<Record<LanguageKey, ReservedHeight>>;
}

/**
 * What a page's JavaScript carries for a snippet: the runnable language in full (the runner edits
 * and runs it); the other six only by name. Their highlighted code is in the server-rendered HTML,
 * which hydration keeps, and the full data loads on demand after a client-side navigation. Keeping
 * six languages' HTML and source out of the JS is what keeps a page with many snippets within its
 * JS budget (e2e/bench/RESULTS.md).
 */
export type PageSnippetData = Omit<SnippetData, 'files'> & {
  files: Record<LanguageKey, Pick<SnippetFile, 'fileName'> & Partial<SnippetFile>> &
    Record<typeof runnableLanguage, SnippetFile>;
};

/** What the plugin gives the browser in development: the registry's current problems. */
export interface DevGlobalData {
  problems: RegistryProblem[];
}

/** The file name, under the plugin's data folder, of a snippet's slim module for the browser. */
export const clientDataFileName = (id: string) => `client/${dataFileName(id)}`;

export function toPageSnippetData(
  data: SnippetData,
  languageList: readonly Language[] = languages,
): PageSnippetData {
  const files: Partial<Record<LanguageKey, Pick<SnippetFile, 'fileName' | 'path'>>> = {};
  for (const language of languageList as readonly (Language & { key: LanguageKey })[]) {
    const { fileName, path } = data.files[language.key];
    files[language.key] = { fileName, path };
  }
  return {
    ...data,
    files: {
      ...files,
      [runnableLanguage]: data.files[runnableLanguage],
    } as PageSnippetData['files'],
  };
}

/** A registry entry as its tabs show it: each language's file, highlighted at build time. */
export async function toSnippetData(
  entry: SnippetEntry,
  languageList: readonly Language[] = languages,
): Promise<SnippetData> {
  const files = {} as SnippetData['files'];
  for (const language of languageList as readonly (Language & { key: LanguageKey })[]) {
    const file = entry.files[language.key];
    files[language.key] = {
      path: file.path,
      fileName: language.file,
      source: file.source,
      html: await highlight(file.source, language.grammar, entry.meta.highlight?.[language.key]),
    };
  }
  return {
    id: entry.id,
    title: entry.meta.title,
    description: entry.meta.description,
    run: entry.meta.run,
    ...(entry.meta.runNote !== undefined && { runNote: entry.meta.runNote }),
    files,
  };
}

/** The heights of a snippet's recorded runs in the languages that do not run in the page. */
export function readReservedHeights(
  siteDir: string,
  id: string,
  languageList: readonly Language[] = languages,
): Partial<Record<LanguageKey, ReservedHeight>> {
  const heights: Partial<Record<LanguageKey, ReservedHeight>> = {};
  for (const language of languageList as readonly (Language & { key: LanguageKey })[]) {
    if (language.runsInPage) continue;
    const file = path.join(siteDir, recordingPath(id, language.key));
    if (!fs.existsSync(file)) continue;
    try {
      heights[language.key] = reservedHeight(
        JSON.parse(fs.readFileSync(file, 'utf8')) as Recording,
      );
    } catch {
      // A recording that does not parse keeps the plain placeholder: check-snippets names it.
    }
  }
  return heights;
}

/**
 * The snippet registry: loads and validates `snippets/` at build time, highlights every file with
 * Shiki, and writes one JSON module per snippet for `remarkSnippets` to import into the pages that
 * use it. Also maps the module names `sdk` and `sandbox` for the browser bundle.
 */
export default function snippetRegistryPlugin(
  context: LoadContext,
): Plugin<{ snippets: SnippetData[]; problems: RegistryProblem[] }> {
  // `docusaurus start` (NODE_ENV development): a registry problem must not stop the dev server,
  // and the writer looks at the browser, not the terminal. A build still fails on any problem.
  const development = process.env.NODE_ENV !== 'production';
  return {
    name: 'snippet-registry',

    getPathsToWatch() {
      return [path.join(context.siteDir, 'snippets/**/*')];
    },

    getClientModules() {
      return development ? [path.join(__dirname, 'devProblemsNotice.ts')] : [];
    },

    async loadContent() {
      const { entries, problems } = readRegistry(context.siteDir);
      if (problems.length > 0) {
        if (!development) throw new RegistryError(problems);
        console.error(`[snippet-registry] ${new RegistryError(problems).message}`);
      }
      return {
        snippets: await Promise.all(
          entries.map(async (entry) => ({
            ...(await toSnippetData(entry)),
            reservedHeights: readReservedHeights(context.siteDir, entry.id),
          })),
        ),
        problems,
      };
    },

    async contentLoaded({ content, actions }) {
      // The pages keep the last good data of a broken snippet (its module stays in .docusaurus);
      // devProblemsNotice.ts says so in the browser, with each problem's file and line.
      if (development)
        actions.setGlobalData({ problems: content.problems } satisfies DevGlobalData);
      await Promise.all(
        content.snippets.flatMap((data) => [
          actions.createData(dataFileName(data.id), JSON.stringify(data)),
          actions.createData(clientDataFileName(data.id), JSON.stringify(toPageSnippetData(data))),
        ]),
      );
    },

    injectHtmlTags() {
      // The token classes of the highlighted code (highlight.ts): a few dozen rules, in every page's
      // <head> so code that arrives after a client-side navigation is coloured too.
      return { headTags: [{ tagName: 'style', innerHTML: tokenStylesCss() }] };
    },

    configureWebpack(config, isServer, { currentBundler }) {
      return {
        // Pages import a snippet's full module (remarkSnippets); the production browser bundle
        // gets the slim one. Server rendering keeps the full one, so the HTML has every
        // language's code. The dev server renders in the browser only (no server HTML to reuse),
        // so it keeps the full data.
        plugins:
          isServer || config.mode !== 'production'
            ? []
            : [
                new currentBundler.instance.NormalModuleReplacementPlugin(
                  /^@generated\/snippet-registry\/default\/[^/]+\.json$/,
                  (resource: { request: string }) => {
                    resource.request = resource.request.replace(/\/([^/]+\.json)$/, '/client/$1');
                  },
                ),
              ],
        resolve: {
          // `sdk$`: the bare module name only, not a path below it.
          alias: Object.fromEntries(
            Object.entries(moduleAliases(context.siteDir)).map(([name, file]) => [
              `${name}$`,
              file,
            ]),
          ),
        },
      };
    },
  };
}
