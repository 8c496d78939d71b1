/**
 * The report rendered from fixture results, no browser: one set of rows and one "Loaded when…"
 * table per large-runtime language, the before-intent check over all of their files.
 *
 *   npx tsx --test e2e/bench/report/renderReport.test.ts   (part of `npm run test:unit`)
 *
 * (Node's test runner: Vitest leaves e2e/ to Playwright, whose specs are `*.spec.ts`.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { budgets } from '../budgets';
import { anyRuntimePath, largeRuntimes } from '../largeRuntimes';
import type { PageLoadSample } from '../pageLoad';
import type { LanguageRuns } from '../phases/measureRuns';
import { readerPaths, type RunSample } from '../runLatency';
import type { BenchResults } from './BenchResults';
import { renderReport } from './renderReport';

const pageSample = (runtimes: string[] = []): PageLoadSample => ({
  js: [{ path: '/assets/js/main.1.js', bytes: 90_000, transferred: 90_500 }],
  jsBytes: 90_000,
  jsTransferred: 90_500,
  fcpMs: 300,
  lcpMs: 400,
  tbtMs: 10,
  loadMs: 500,
  runtimes,
});

const runSample = (
  key: string,
  folder: string,
  coldMs: number,
  runtimeBeforeIntent: string[] = [],
): RunSample => ({
  coldMs,
  warmMs: 40,
  firstLine: 'token: abc',
  jsAfterIntent: [`/assets/js/${key}-runner-worker.0123abcd.js`, '/assets/js/other.1.js'],
  jsBeforeIntent: ['/assets/js/main.1.js'],
  runtimeBeforeIntent,
  downloadedMs: coldMs / 2,
  runtimeFiles: [
    {
      path: `/${folder}/1.0-hash/${key}.wasm`,
      transferred: 2_000_000,
      bytes: 1_999_000,
      decoded: 6_000_000,
    },
  ],
  serviceWorkers: 0,
});

function fixture(languageRuns: LanguageRuns[], pageRuntimes: string[] = []): BenchResults {
  return {
    startedAt: new Date('2026-12-07T05:00:00Z'),
    runs: 1,
    machine: { cpu: 'CPU', cores: 2, memoryGiB: 4, node: 'v24', os: 'linux' },
    chromiumVersion: '140',
    git: 'abc1234',
    buildLocation: 'build/',
    loadAtStart: '1 1 1',
    loadAtEnd: '1 1 1',
    load: { build: '–', pages: '1', run: '1', e2e: '–' },
    pages: [
      { path: '/docs/client-credentials', samples: [pageSample(pageRuntimes)] },
      { path: '/docs', samples: [pageSample()] },
    ],
    baselinePage: '/docs',
    snippetPages: ['/docs/client-credentials'],
    readerPaths: readerPaths.map((readerPath) => ({
      ...readerPath,
      samples: [{ coldMs: 120, warmMs: 20, firstLine: 'token: abc' }],
    })),
    run: [runSample('live', 'none', 120)],
    languageRuns,
    runPage: '/docs/client-credentials',
    runSnippet: 'client-credentials/fetch-token',
    serviceWorkers: 0,
    gzipOf: () => 10_000,
    rawOf: () => 30_000,
    e2eRuns: 0,
    e2eFailures: [],
    budgets,
    logDir: '/tmp/bench-logs',
  };
}

const languages = async () =>
  (await largeRuntimes()).map(({ key, label, folder }): LanguageRuns => ({
    key,
    label,
    folder,
    samples: [runSample(key, folder, key === 'python' ? 3500 : 3200)],
  }));

test('the large runtimes are every runsInPage && largeDownload language, with its plugin folder', async () => {
  const runtimes = await largeRuntimes();
  assert.deepEqual(
    runtimes.map(({ key, folder }) => [key, folder]),
    [
      ['python', 'pyodide'],
      ['ruby', 'ruby-wasm'],
      ['php', 'php-wasm'],
      ['go', 'yaegi'],
    ],
  );
  const any = anyRuntimePath(runtimes);
  for (const hit of [
    '/pyodide/0.27-x/pyodide.asm.wasm',
    '/ruby-wasm/2.10-x/ruby+stdlib.wasm',
    '/php-wasm/0.1-x/php.wasm',
    '/yaegi/1.0-x/yaegi-browser.wasm',
    '/assets/js/go-runner-worker.12ab.js',
    '/assets/js/python-runner-worker.12ab.js',
  ])
    assert.ok(any.test(hit), hit);
  for (const miss of [
    '/assets/js/ruby-runtime.12ab.js',
    '/assets/js/live-runner-worker.12ab.js',
    '/docs/yaegi/',
  ])
    assert.ok(!any.test(miss), miss);
});

test('one set of rows and one loaded-files table per language, budgets per language', async () => {
  const { text, broken } = renderReport(fixture(await languages()));
  assert.deepEqual(broken, []);
  for (const [label, folder] of [
    ['Python', 'pyodide'],
    ['Ruby', 'ruby-wasm'],
    ['PHP', 'php-wasm'],
    ['Go', 'yaegi'],
  ]) {
    assert.match(
      text,
      new RegExp(`\\| ${label}: Run → first console line, cold, runtime downloaded`),
    );
    assert.match(
      text,
      new RegExp(`\\| ${label}: Run → first console line, warm \\(second run\\) \\| 40 ms`),
    );
    assert.match(
      text,
      new RegExp(`\\| ${label} runtime download \\(\`/${folder}/\`\\), bytes transferred`),
    );
    assert.match(text, new RegExp(`### Loaded when the reader presses Run on the ${label} tab`));
    assert.match(text, new RegExp(`\\| /${folder}/1\\.0-hash/`));
  }
  // Python keeps its 4 s budget (3.5 s passes); the others have 3 s (3.2 s fails).
  assert.match(
    text,
    /\| Python: Run → first console line, cold[^\n]*\| 3\.50 s \|[^\n]*≤ 4\.00 s \| pass \|/,
  );
  assert.match(
    text,
    /\| Ruby: Run → first console line, cold[^\n]*\| 3\.20 s \|[^\n]*≤ 3\.00 s \| \*\*FAIL\*\* \|/,
  );
  assert.match(text, /In-page runtimes \(Python, Ruby, PHP, Go: [^|]*\| none \|[^\n]*\| pass \|/);
});

test('any runtime requested before intent breaks the promise', async () => {
  const runs = await languages();
  runs[2]!.samples[0]!.runtimeBeforeIntent = ['/php-wasm/0.1-x/php.wasm'];
  const { text, broken } = renderReport(fixture(runs, ['/assets/js/ruby-runner-worker.1.js']));
  assert.equal(broken.length, 1);
  assert.match(broken[0]!, /\/docs\/client-credentials: \/assets\/js\/ruby-runner-worker\.1\.js/);
  assert.match(broken[0]!, /\(PHP tab chosen\): \/php-wasm\/0\.1-x\/php\.wasm/);
  assert.match(text, /requested before intent, any page \|[^\n]*\*\*FAIL\*\*/);
});

test('a language not measured renders "not measured" rows and no loaded-files table', () => {
  const { text } = renderReport(
    fixture([{ key: 'ruby', label: 'Ruby', folder: 'ruby-wasm', samples: [] }]),
  );
  assert.match(text, /\| Ruby: Run → first console line, cold[^\n]*\| not measured \|/);
  assert.doesNotMatch(text, /presses Run on the Ruby tab/);
});
