import path from 'node:path';
import type { AllContent } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';

export type LoadedDoc = LoadedContent['loadedVersions'][number]['docs'][number];
export type LoadedSidebars = LoadedContent['loadedVersions'][number]['sidebars'];

/**
 * The docs plugin's pages and sidebars, as its `allContentLoaded` hands them to other plugins
 * (the site has one docs plugin and one version). Throws if there are none: a plugin that reads
 * them would otherwise write nothing, silently.
 */
export function loadedDocs(allContent: AllContent): {
  docs: LoadedDoc[];
  sidebars: LoadedSidebars;
} {
  const content = allContent['docusaurus-plugin-content-docs']?.default as
    LoadedContent | undefined;
  const version = content?.loadedVersions[0];
  if (!version) throw new Error('the docs plugin loaded no docs version: is the docs preset on?');
  return { docs: version.docs, sidebars: version.sidebars };
}

/** A doc's MDX file, absolute (`source` is `@site/docs/…`). */
export function docFile(siteDir: string, doc: LoadedDoc): string {
  return path.join(siteDir, doc.source.replace(/^@site\//, ''));
}
