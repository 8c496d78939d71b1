/**
 * `npm run test:sdks [-- <language>…]`: every reference SDK's own unit tests, in its language's
 * test tool (its harness's `unitTests`), each against its own HTTP mock server. A language whose
 * harness runs in process (the reference language) has its SDK's tests in `npm run test:unit`
 * (Vitest) instead.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { languageKeys, type LanguageKey } from '../languages';
import { loadHarness } from '../languages/loadHarness';
import type { ProgramHarness } from '../languages/LanguageHarness';
import { missingTools } from './check-snippets/missingTools';
import { runProgram } from './check-snippets/runProgram';
import { startHttpMockServer } from './mock-server/startHttpMockServer';

const TEST_TIMEOUT_MS = 5 * 60_000;
const TAIL_LINES = 40;

/** Runs one language's SDK tests; returns a failure report, or undefined when they pass. */
async function testLanguage(
  language: LanguageKey,
  harness: ProgramHarness,
): Promise<string | undefined> {
  const missing = missingTools(harness.tools);
  if (missing.length > 0) {
    return `needs ${missing.map((tool) => `${tool.command} (apt-get install ${tool.debianPackage})`).join(', ')}`;
  }
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `test-sdk-${language}-`));
  const server = await startHttpMockServer();
  const started = performance.now();
  try {
    const outcome = await runProgram(
      harness.unitTests(workDir),
      {
        MOCK_SERVER_URL: server.url,
        SDK_AUTH_SERVER_URL: server.authServerUrl,
        SDK_API_BASE_URL: server.apiBaseUrl,
      },
      TEST_TIMEOUT_MS,
    );
    const time = `${((performance.now() - started) / 1000).toFixed(1)} s`;
    if (outcome.exitCode === 0) {
      console.log(`✓ ${language} SDK tests passed (${time})`);
      return undefined;
    }
    const output = `${outcome.stdout}${outcome.stderr}`.trimEnd().split('\n').slice(-TAIL_LINES);
    return `${outcome.timedOut ? 'timed out' : `failed (exit status ${outcome.exitCode})`} after ${time}:\n${output.map((line) => `  | ${line}`).join('\n')}`;
  } finally {
    await server.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !languageKeys.includes(name as LanguageKey));
  if (unknown.length > 0) {
    console.error(`Unknown language ${unknown.join(', ')}; known: ${languageKeys.join(', ')}`);
    process.exit(2);
  }
  const failures: string[] = [];
  const chosen: [LanguageKey, ProgramHarness][] = [];
  for (const language of (asked.length > 0 ? asked : languageKeys) as LanguageKey[]) {
    const harness = await loadHarness(process.cwd(), language);
    if (typeof harness === 'string') failures.push(`✗ ${language} SDK tests ${harness}`);
    else if (harness.kind === 'programs') chosen.push([language, harness]);
  }
  // Two at a time: compilers are CPU-bound and CI has two cores.
  const queue = [...chosen];
  await Promise.all(
    [0, 1].map(async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [language, harness] = next;
        const failure = await testLanguage(language, harness);
        if (failure !== undefined) failures.push(`✗ ${language} SDK tests ${failure}`);
      }
    }),
  );
  for (const failure of failures) console.error(failure);
  console.log(
    failures.length === 0
      ? `${chosen.length} SDK test suites passed`
      : `${failures.length} of ${chosen.length} SDK test suites failed`,
  );
  process.exit(failures.length === 0 ? 0 : 1);
}

void main();
