import fs from 'node:fs';
import path from 'node:path';
import type { RegistryProblem } from '../../../src/plugins/snippet-registry/loadRegistry';
import { findProseElements } from '../../../src/plugins/sdk-names/proseElements';
import { resolveProseElement } from '../../../src/plugins/sdk-names/resolveProseElement';
import type { SdkNameSets } from '../../../src/plugins/sdk-names/sdkNameSets';
import { docsPages } from './snippetUsage';

/**
 * Every `<Sdk name>` and `<ForLanguage only>` of the pages in `docs/`: a name the reference SDK
 * lacks, or whose counterpart some language's SDK lacks, and a language key no language has, each
 * at the element's line and column, with the closest name there is. The build fails on the same
 * problems (remarkSdkNames); this says so before a build, with the other checks.
 *
 * `sets` is asked for only when a page has such an element (reading the SDKs takes a moment).
 */
export async function checkProseNames(
  siteDir: string,
  sets: () => SdkNameSets,
  docsDirName = 'docs',
): Promise<RegistryProblem[]> {
  const { createProcessor } = await import('@mdx-js/mdx');
  const processor = createProcessor();
  const problems: RegistryProblem[] = [];
  for (const file of docsPages(path.join(siteDir, docsDirName))) {
    const relative = path.relative(siteDir, file).split(path.sep).join('/');
    const tree = processor.parse({ value: fs.readFileSync(file, 'utf8'), path: file });
    for (const use of findProseElements(tree)) {
      const start = use.node.position?.start;
      const where = `${relative}:${start?.line ?? '?'}:${start?.column ?? '?'}`;
      problems.push(
        ...resolveProseElement(use, sets()).problems.map((message) => ({ file: where, message })),
      );
    }
  }
  return problems;
}
