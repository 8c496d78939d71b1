import type { RegistryProblem } from '../../../src/plugins/snippet-registry/loadRegistry';
import { todo } from './snippetTemplates';

/** The scaffold writes `TODO:`; Go's `context.TODO()` is not one. */
const marker = new RegExp(`\\b${todo}:`);

/**
 * `npm run new-snippet` marks what the writer must replace with TODO (the title, the description,
 * the operation in each language); a `TODO:` left in a snippet or its meta.json would be published.
 */
export function findScaffoldLeftovers(
  files: readonly { path: string; source: string }[],
): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  for (const file of files) {
    file.source.split('\n').forEach((line, index) => {
      if (marker.test(line)) {
        problems.push({
          file: `${file.path}:${index + 1}`,
          message: `still says ${todo}, from \`npm run new-snippet\`: replace it with the real ${file.path.endsWith('meta.json') ? 'text' : 'code'}`,
        });
      }
    });
  }
  return problems;
}
