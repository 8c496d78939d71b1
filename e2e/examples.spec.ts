import fs from 'node:fs';
import path from 'node:path';
import { languages, pageRunnableLanguages } from '../languages';
import { listSnippetFolders } from '../src/plugins/snippet-registry/listSnippetFolders';
import type { Page } from '@playwright/test';
import { docsPages } from './docsPages';
import { reportProblems, waitForHydration } from './fixtures';
import { RunnerPage, expect, test as base } from './runnerPage';

/**
 * One test per runnable snippet and language that runs in the page (`languages/index.ts`),
 * generated when the tests are collected: on the page that shows it, choose the language, run it,
 * answer the consent screen as its meta.json says, and check that every `run.expect` pattern
 * matches a line of the Output's console. CI can split the suite: `--shard 1/2` (a shard is a docs page's
 * group of examples, see below).
 */
interface Example {
  id: string;
  page: string;
  expect: string[];
  consent?: 'approve' | 'deny';
}

const root = path.join(__dirname, '..');

function runnableExamples(): Example[] {
  const pages = docsPages();
  const examples: Example[] = [];
  for (const [grant, operation] of listSnippetFolders(root)) {
    const id = `${grant}/${operation}`;
    const metaFile = path.join(root, 'snippets', id, 'meta.json');
    if (!fs.existsSync(metaFile)) continue;
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as {
      run: false | { expect: string[]; consent?: 'approve' | 'deny' };
    };
    if (meta.run === false) continue;
    const page = pages.find((candidate) => candidate.ids.includes(id));
    // An unused snippet is the registry checks' finding, not a runner failure.
    if (!page) continue;
    examples.push({
      id,
      page: page.route,
      expect: meta.run.expect,
      ...(meta.run.consent && { consent: meta.run.consent }),
    });
  }
  return examples.sort((a, b) => a.id.localeCompare(b.id));
}

const examples = runnableExamples();

const runnable = languages.filter((language) =>
  (pageRunnableLanguages as string[]).includes(language.key),
);

/**
 * One browser context per Playwright worker (HTTP cache and compiled code kept: the page's JS, the
 * runner's chunks and Pyodide arrive once per worker), and one page per docs page, reused by every
 * example on it. Isolation between runs is the runner's own: each run gets a fresh worker (a
 * spare kept warm), its own mock server and clock.
 */
interface DocsPages {
  /** The page showing `route`, loaded and hydrated once; the previous route's page is closed. */
  open(route: string): Promise<Page>;
  /** Problems (console errors, failed requests) of the open page since the last call. */
  takeProblems(): string[];
  /** The page open now, if any. */
  current(): Page | undefined;
}

const test = base.extend<object, { docsPages: DocsPages }>({
  docsPages: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport });
      let current: { route: string; page: Page } | undefined;
      let problems: string[] = [];
      await use({
        async open(route) {
          if (current?.route === route) return current.page;
          await current?.page.close();
          const page = await context.newPage();
          reportProblems(page, (problem) => problems.push(problem));
          current = { route, page };
          await page.goto(route);
          await waitForHydration(page);
          return page;
        },
        takeProblems() {
          const taken = problems;
          problems = [];
          return taken;
        },
        current: () => current?.page,
      });
      await context.close();
    },
    { scope: 'worker' },
  ],
  // The shared page's problems, checked per test (the default fixture watches a page of its own,
  // which would cost every test a context), and its screenshot when a test failed (the config's
  // `screenshot` option only sees that page of its own). An override runs only if it says `auto`
  // again, which its types do not list for overrides: hence the cast (as in runnerHardening.spec.ts).
  failOnConsoleErrors: [
    async ({ docsPages }, use, testInfo) => {
      docsPages.takeProblems();
      await use();
      const page = docsPages.current();
      if (testInfo.status !== testInfo.expectedStatus && page) {
        await testInfo.attach('screenshot', {
          body: await page.screenshot(),
          contentType: 'image/png',
        });
      }
      expect(docsPages.takeProblems(), 'the page logged errors or had failed requests').toEqual([]);
    },
    { auto: true, scope: 'test' } as { scope: 'test' },
  ],
});

test('the registry has runnable examples to check', () => {
  expect(examples.length).toBeGreaterThan(0);
});

// A group per docs page (a page with many examples is split into even groups of at most
// `groupSize`), run in order by one worker on one page; groups run in parallel across workers and
// are what `--shard` splits. Playwright gives a whole group to the shard its first test falls in:
// small groups keep shards even (with TypeScript and Python only, 35 and 24 tests at `--shard 1/2`;
// one group per page gave 43 and 16), at the cost of a page load and a spare worker per extra group. A failed test costs its
// worker: the rest of the group carries on in a fresh one (no `serial` skip), so every failure
// still names its snippet.
const groupSize = 5;
test.describe.configure({ mode: 'parallel' });
const groups = [...new Set(examples.map((example) => example.page))].flatMap((route) => {
  const onPage = examples.filter((example) => example.page === route);
  const count = Math.ceil(onPage.length / groupSize);
  const size = Math.ceil(onPage.length / count);
  return Array.from({ length: count }, (_, index) => ({
    name: count === 1 ? route : `${route} (${index + 1} of ${count})`,
    examples: onPage.slice(index * size, (index + 1) * size),
  }));
});
for (const group of groups) {
  test.describe(group.name, () => {
    test.describe.configure({ mode: 'default', timeout: 60_000 });
    // One language's examples, then the other's: choosing a tab re-renders every snippet on the
    // page (all follow the choice), so the group chooses each language once rather than per
    // example; each run's spare boots during the rest of the one before.
    for (const language of runnable) {
      for (const example of group.examples) {
        test(`${example.id} in ${language.label} runs on ${example.page} and prints what its meta.json expects`, async ({
          docsPages,
        }) => {
          const page = await test.step('open the page', () => docsPages.open(example.page));
          const runner = new RunnerPage(page, example.id);
          await test.step(`choose ${language.label}`, () => runner.chooseLanguage(language.label));
          await test.step('press Run', () => runner.run());
          const { consent } = example;
          if (consent) {
            await test.step(`answer the consent screen: ${consent}`, async () => {
              const screen = runner.output.getByRole('group', { name: /^Authorize / });
              // As long as a run may take to start: the first Python run on a page boots
              // Pyodide, the first Go run starts Yaegi and compiles the SDK.
              await expect(screen).toBeVisible({ timeout: 45_000 });
              await runner.button(consent === 'approve' ? 'Approve' : 'Deny').click();
            });
          }
          const status = await test.step('wait for the end', () => runner.waitForEnd(45_000));
          const lines = await runner.consoleLines();
          const report = `status: ${status}\nconsole:\n${lines.join('\n')}`;
          expect(status, report).toMatch(/^Finished/);
          for (const pattern of example.expect) {
            expect(
              lines.some((line) => new RegExp(pattern).test(line)),
              `no console line matches /${pattern}/\n${report}`,
            ).toBe(true);
          }
        });
      }
    }
  });
}
