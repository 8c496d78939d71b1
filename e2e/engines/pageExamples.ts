import fs from 'node:fs';
import path from 'node:path';
import { loadRegistry } from '../../src/plugins/snippet-registry/loadRegistry';
import { sitemapPaths } from '../sitemap';

const root = path.join(__dirname, '..', '..');
const buildDir = path.join(root, 'build');

export interface PageExample {
  id: string;
  /** The page of the built site that shows it (the first one, in sitemap order). */
  page: string;
  expect: string[];
  consent?: 'approve' | 'deny';
}

/** The built HTML of a sitemap path (`/docs/errors` → `build/docs/errors.html`). */
function builtHtml(pagePath: string): string {
  const candidates = [
    path.join(buildDir, pagePath, 'index.html'),
    path.join(buildDir, `${pagePath.replace(/\/$/, '')}.html`),
  ];
  const file = candidates.find((candidate) => fs.existsSync(candidate));
  if (file === undefined)
    throw new Error(`the sitemap lists ${pagePath}, but build/ has no page for it`);
  return fs.readFileSync(file, 'utf8');
}

/**
 * Every runnable snippet of the registry (its `meta.json` `run`), with the page of the build that
 * shows it: the snippets a reader can run, where a reader runs them.
 */
export function pageExamples(): PageExample[] {
  const shownOn = new Map<string, string>();
  for (const pagePath of sitemapPaths(buildDir)) {
    for (const match of builtHtml(pagePath).matchAll(/data-snippet-id="?([a-z0-9/-]+)/g)) {
      if (!shownOn.has(match[1]!)) shownOn.set(match[1]!, pagePath);
    }
  }
  return loadRegistry(root)
    .flatMap(({ id, meta }): PageExample[] => {
      const page = shownOn.get(id);
      // A snippet no page shows is the registry checks' finding, not the engines'.
      if (meta.run === false || page === undefined) return [];
      return [
        {
          id,
          page,
          expect: meta.run.expect,
          ...(meta.run.consent && { consent: meta.run.consent }),
        },
      ];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
