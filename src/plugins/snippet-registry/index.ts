import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { highlight } from './highlight';
import { languages, type LanguageKey } from './languages';
import { loadRegistry, type SnippetEntry } from './loadRegistry';
import type { RunExpectations } from './metaSchema';
import { dataFileName } from './remarkSnippets';

/** What `<Snippet>` receives for one snippet: everything it renders, computed at build time. */
export interface SnippetData {
  id: string;
  title: string;
  description: string;
  run: RunExpectations | false;
  runNote?: string;
  files: Record<LanguageKey, { path: string; fileName: string; source: string; html: string }>;
}

async function toSnippetData(entry: SnippetEntry): Promise<SnippetData> {
  const files = {} as SnippetData['files'];
  for (const language of languages) {
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

/**
 * The snippet registry: loads and validates `snippets/` at build time, highlights every file with
 * Shiki, and writes one JSON module per snippet for `remarkSnippets` to import into the pages that
 * use it. Also maps the module names `sdk` and `sandbox` for the browser bundle.
 */
export default function snippetRegistryPlugin(context: LoadContext): Plugin<SnippetData[]> {
  const sandboxDir = path.join(context.siteDir, 'sandbox');
  return {
    name: 'snippet-registry',

    getPathsToWatch() {
      return [path.join(context.siteDir, 'snippets/**/*')];
    },

    async loadContent() {
      const entries = loadRegistry(context.siteDir);
      return Promise.all(entries.map(toSnippetData));
    },

    async contentLoaded({ content, actions }) {
      await Promise.all(
        content.map((data) => actions.createData(dataFileName(data.id), JSON.stringify(data))),
      );
    },

    configureWebpack() {
      return {
        resolve: {
          alias: {
            sdk$: path.join(sandboxDir, 'sdk/index.ts'),
            sandbox$: path.join(sandboxDir, 'environment/index.ts'),
          },
        },
      };
    },
  };
}
