/**
 * Prints the Debian packages that provide the toolchains the languages' harnesses need and this
 * machine lacks, space-separated (nothing when all are there). `.ci/run` installs them.
 */
import { languages } from '../languages';
import { loadHarness } from '../languages/loadHarness';
import { missingTools } from './check-snippets/missingTools';

async function main(): Promise<void> {
  const packages = new Set<string>();
  for (const { key } of languages) {
    const harness = await loadHarness(process.cwd(), key);
    if (typeof harness === 'string') throw new Error(harness);
    for (const tool of missingTools(harness.tools)) packages.add(tool.debianPackage);
  }
  console.log([...packages].join(' '));
}

void main();
