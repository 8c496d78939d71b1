import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { loadSdkSurface } from '../../../scripts/check-snippets/checks/sdkSurface';
import { loadParsers } from '../../../scripts/check-snippets/checks/treeSitter';
import { findProseElements } from './proseElements';
import { resolveProseElement } from './resolveProseElement';
import { sdkNameSets, type SdkNameSets } from './sdkNameSets';

let loading: Promise<SdkNameSets> | undefined;

/**
 * Read once per build (both of its compilations): the grammars and the SDKs' code. Reading the
 * SDKs with the snippet checks' own reader means the prose and the snippets agree on what a name
 * of an SDK is.
 */
function namesOf(siteDir: string): Promise<SdkNameSets> {
  loading ??= loadParsers().then((parsers) => {
    const { surface, problems } = loadSdkSurface(siteDir, parsers);
    if (problems.length > 0) {
      throw new Error(problems.map(({ file, message }) => `${file}: ${message}`).join('\n'));
    }
    return sdkNameSets(siteDir, parsers, surface);
  });
  return loading;
}

/**
 * Turns `<Sdk name="refreshToken()" />` into `<Sdk name="…" names='{"csharp":"RefreshToken()",…}' />`:
 * each language's name, from its SDK, so a page ships the few names it uses and no SDK code.
 * Checks `<ForLanguage only="…">`'s keys. A name some SDK lacks fails the build at its line.
 */
export default function remarkSdkNames(options: { siteDir: string }) {
  return async (tree: Root, file: VFile) => {
    const uses = findProseElements(tree);
    if (uses.length === 0) return;
    const sets = await namesOf(options.siteDir);
    const problems: string[] = [];
    for (const use of uses) {
      const start = use.node.position?.start;
      const where = `${path.relative(options.siteDir, file.path)}:${start?.line ?? '?'}:${start?.column ?? '?'}`;
      const resolved = resolveProseElement(use, sets);
      problems.push(...resolved.problems.map((problem) => `${where}: ${problem}`));
      if (resolved.names !== undefined) {
        use.node.attributes.push({
          type: 'mdxJsxAttribute',
          name: 'names',
          value: JSON.stringify(resolved.names),
        });
      }
    }
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
}
