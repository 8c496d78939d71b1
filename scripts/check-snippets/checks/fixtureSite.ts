import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FixtureSdk } from '../../../languages/LanguageTooling';
import {
  loadAllTooling,
  registeredLanguages,
  type LanguageSet,
} from '../../../languages/loadTooling';
import { grants } from '../../../src/plugins/snippet-registry/loadRegistry';
import { metaTemplate, snippetTemplates, todo, type Grant } from './snippetTemplates';

/**
 * A throwaway site (temp dir) holding a small snippet registry, for tests that must not depend on
 * the real `snippets/` content. Start from valid snippets, then break exactly one thing.
 */
export interface FixtureSite {
  dir: string;
  /** Writes a file, `relativePath` from the site root. */
  write(relativePath: string, content: string): void;
  read(relativePath: string): string;
  remove(relativePath: string): void;
  cleanup(): void;
}

/** The scaffold templates with their TODOs filled in: a complete, valid snippet. */
export function validSnippetFiles(
  id: string,
  set: LanguageSet = registeredLanguages,
): Record<string, string> {
  const [grant, operation] = id.split('/') as [string, string];
  // A fixture under a misspelt grant folder still needs content: use the first grant's.
  const templateGrant = (grants.includes(grant) ? grant : 'client-credentials') as Grant;
  const sources = snippetTemplates(templateGrant, operation, set);
  const files: Record<string, string> = {};
  for (const language of set.languages) {
    files[language.file] = sources[language.key]!.replaceAll(
      `${todo}: replace this with the operation the snippet shows.`,
      'Do the one thing this snippet shows.',
    );
  }
  const meta = JSON.parse(metaTemplate(templateGrant)) as Record<string, unknown>;
  meta.title = `Snippet ${id}`;
  meta.description = `The snippet ${id}, for tests.`;
  files['meta.json'] = `${JSON.stringify(meta, null, 2)}\n`;
  return files;
}

/**
 * Creates a site with the given snippets (valid, from the templates), a docs page using every one of
 * them, and an SDK surface listing every name the templates use.
 */
export function createFixtureSite(
  ids: string[] = [],
  set: LanguageSet = registeredLanguages,
): FixtureSite {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snippet-registry-'));
  const site: FixtureSite = {
    dir,
    write(relativePath, content) {
      const file = path.join(dir, relativePath);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    },
    read(relativePath) {
      return fs.readFileSync(path.join(dir, relativePath), 'utf8');
    },
    remove(relativePath) {
      fs.rmSync(path.join(dir, relativePath), { recursive: true, force: true });
    },
    cleanup() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  for (const [file, source] of Object.entries(fixtureSdkSources(set))) site.write(file, source);
  for (const id of ids) {
    for (const [name, content] of Object.entries(validSnippetFiles(id, set))) {
      site.write(`snippets/${id}/${name}`, content);
    }
  }
  site.write(
    'docs/guide.mdx',
    `# Guide\n\n${ids.map((id) => `<Snippet id="${id}" />`).join('\n\n')}\n`,
  );
  return site;
}

/** Replaces `search` (which must occur) in a fixture file: one deliberate defect per test. */
export function editFixture(
  site: FixtureSite,
  relativePath: string,
  search: string | RegExp,
  replacement: string,
) {
  const before = site.read(relativePath);
  const after = before.replace(search, replacement);
  if (after === before) throw new Error(`${relativePath} does not contain ${String(search)}`);
  site.write(relativePath, after);
}

/** The fixture SDK's names, split at qualifiers (`SdkClient.Builder` → both parts). */
function surfaceNames(sdk: FixtureSdk): string[] {
  return [...sdk.names, ...sdk.extensions.map((extension) => extension.name)].flatMap((name) =>
    name.split(/::|->|[.()\s]+/).filter((part) => /^[A-Za-z_$][\w$]*[?!]?$/.test(part)),
  );
}

/**
 * A one-file SDK per language whose code calls every name its tooling's `fixtureSdk` lists (the
 * names the templates use, written out by hand): what the fixture sites' surface is read from.
 */
export function fixtureSdkSources(set: LanguageSet = registeredLanguages): Record<string, string> {
  const tooling = loadAllTooling(set);
  const sources: Record<string, string> = {};
  for (const { key } of set.languages) {
    const sdk = tooling[key]!.fixtureSdk;
    if (sdk !== null) sources[`languages/${key}/${sdk.file}`] = sdk.source(surfaceNames(sdk));
  }
  return sources;
}
