import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { describe, it } from 'node:test';
import { languages } from '../../languages';
import { runtimesUnderTest, secrets, typescriptAsksConsent } from '../containment/hostilePrograms';
import { startLoopbackTarget } from '../containment/loopbackTarget';
import {
  containmentSnippet,
  forgeConsentHtml,
  recordWorkerMessages,
  workerMessages,
} from '../containment/pageScripts';
import { shareFragment } from '../../src/components/ShareLink/shareFragment';
import type { Engine } from './EnginePage';
import { EngineRunner, type EngineSite } from './EngineSite';

/** What `engineSuite` lends the containment cases: its tab, its page loads, its checks. */
export interface SuiteContext {
  engine: Engine;
  site: () => EngineSite;
  /** Loads a route and waits for hydration (the suite's own, so it knows what is open). */
  goto: (route: string) => Promise<void>;
  check: (
    name: string,
    body: () => Promise<void>,
    options?: { timeout?: number; allowedProblems?: readonly RegExp[] },
  ) => void;
}

const where = containmentSnippet;

/** Code as the site's share links carry it: deflate-raw in base64url (`linkCode.ts`). */
function shareHash(language: string, code: string): string {
  const packed = zlib.deflateRawSync(Buffer.from(code, 'utf8')).toString('base64url');
  return shareFragment({ snippet: where.id, language, code: packed });
}

/**
 * The containment contract of `e2e/containment.spec.ts` in another engine, with the same hostile
 * programs (`e2e/containment/hostilePrograms.ts`), for every language that runs in the page: what
 * the policies, the worker's lockdown, masking and the fatal-error paths do depends on the engine
 * (its CSP of a `srcdoc` frame, its storage APIs, its WebAssembly limits, Python by replay where
 * JSPI is missing), so each engine proves them itself.
 *
 * What a protocol cannot watch here: requests to other hosts (classic WebDriver sees no network),
 * so every network case aims at a loopback target the test serves and counts what reaches it;
 * and keys pressed during a run (the Chromium suite measures the page's input delay). Code is
 * loaded as a shared link would carry it, so a runtime stays warm between runs of a page.
 */
export function containmentSuite({ engine, site, goto, check }: SuiteContext) {
  const casesOf = (key: string): 'every' | 'host' | undefined =>
    process.env.ENGINES_EVERY_EXAMPLE === '1' || engine.containmentCases === undefined
      ? 'every'
      : engine.containmentCases[key];

  const engineAllowances = {
    refusedByPolicy: engine.containmentAllowances?.refusedByPolicy ?? [],
    workerErrors: engine.containmentAllowances?.workerErrors ?? [],
    workerEnded: engine.containmentAllowances?.workerEnded ?? [],
  };

  for (const runtime of runtimesUnderTest) {
    const language = languages.find((candidate) => candidate.label === runtime.label);
    assert.ok(language, `no language labelled ${runtime.label}`);
    const key = language.key;
    const { programs } = runtime;
    const runtimeCrashReports = (runtime.allowedConsoleErrors ?? []).map(({ pattern }) => pattern);
    const runner = () => new EngineRunner(site(), where.id, engine.runStartMs);
    /** Each case may start its runtime two or three times (a crash ends the worker). */
    const timeout = 4 * engine.runStartMs;

    /** Puts `code` in the snippet's editor for `runtime`, as opening a shared link does. */
    const load = async (code: string) => {
      const page = site().page;
      const url = new URL(await page.url());
      if (url.pathname !== where.page || !url.search.includes(`sdk=${key}`)) {
        await goto(`${where.page}?sdk=${key}`);
        await recordMessages();
      }
      // The page opens a shared link's code when its fragment changes, as when one is pasted.
      await page.evaluate(`(hash) => { location.hash = hash; }`, shareHash(key, code));
      const [firstLine] = code.trimStart().split('\n');
      await site().poll(
        () =>
          page.evaluate<string | null>(
            `(within) => findAll('textbox', { pattern: '^Edit ', flags: '' }, within)[0]?.innerText ?? null`,
            `figure[data-snippet-id="${where.id}"]`,
          ),
        (text) => text !== null && text.trimStart().startsWith(firstLine!),
        30_000,
        (text) =>
          `the editor did not take the code; it shows ${JSON.stringify(text?.slice(0, 80))}`,
      );
    };

    /** Loads, runs and waits for the end; the status line. */
    const runToEnd = async (code: string) => {
      await load(code);
      const it = runner();
      await it.run();
      return it.waitForEnd();
    };

    /**
     * Keeps every message the page receives from a runner worker (the runner's wrapper hands each
     * to the page by dispatching it), as the bytes that crossed the boundary.
     */
    const recordMessages = () => site().page.evaluate(recordWorkerMessages);
    const fromWorkers = async () =>
      (await site().page.evaluate<string[]>(workerMessages)).join('\n');

    /**
     * A case of the contract. `allowed`: what the page may report in it besides nothing, each the
     * hostile code's own doing, not the site's (`Engine.containmentAllowances`).
     */
    const caseOf = (
      name: string,
      body: () => Promise<void>,
      { hostReached = false, allowed = [] as readonly RegExp[] } = {},
    ) => {
      const cases = casesOf(key);
      if (cases === undefined || (cases === 'host' && !hostReached)) return;
      const test = `${runtime.label}: ${name}`;
      // ENGINES_WITH_GAPS=1 runs them, to see whether a gap is closed.
      const gap =
        process.env.ENGINES_WITH_GAPS === '1' ? undefined : engine.containmentGaps?.[test];
      if (gap !== undefined) {
        it(test, { skip: `known gap in ${engine.name}: ${gap}` }, () => undefined);
        return;
      }
      check(test, body, { timeout, allowedProblems: allowed });
    };
    const crashReports = [...runtimeCrashReports, ...engineAllowances.workerErrors];

    describe(`containment: ${runtime.label}`, () => {
      caseOf(
        'no request reaches a host, through the language’s HTTP or its JavaScript bridge',
        async () => {
          const target = await startLoopbackTarget();
          try {
            const status = await runToEnd(programs.network.program(target.target));
            const lines = await runner().consoleLines();
            await new Promise((resolve) => setTimeout(resolve, 500));
            assert.deepEqual(target.hits, [], 'requests that reached the loopback target');
            assert.match(status, /^Finished/, `console:\n${lines.join('\n')}`);
            assert.deepEqual(lines, programs.network.lines);
          } finally {
            await target.close();
          }
        },
        { hostReached: true, allowed: engineAllowances.refusedByPolicy },
      );

      caseOf('fetch is the mock server’s wherever the code finds it', async () => {
        assert.match(await runToEnd(programs.mockedFetch.program), /^Finished/);
        assert.deepEqual(await runner().consoleLines(), programs.mockedFetch.lines);
        assert.equal(await exchanges(), programs.mockedFetch.lines.length);
      });

      caseOf('storage is closed or the worker’s own, and nothing survives the run', async () => {
        for (let run = 1; run <= 2; run++) {
          assert.match(await runToEnd(programs.storage.program), /^Finished/, `run ${run}`);
          assert.deepEqual(await runner().consoleLines(), programs.storage.lines, `run ${run}`);
        }
        const page = site().page;
        await page.evaluate(`() => {
          window.__siteStorage = undefined;
          Promise.all([indexedDB.databases(), navigator.locks.query()]).then(
            ([databases, locks]) => {
              window.__siteStorage = JSON.stringify({
                localStorage: localStorage.getItem('left-behind'),
                databases: databases.map((database) => database.name ?? ''),
                held: (locks.held ?? []).map((lock) => lock.name),
              });
            },
            (error) => { window.__siteStorage = String(error); },
          );
        }`);
        const found = await site().poll(
          () => page.evaluate<string | null>(`() => window.__siteStorage ?? null`),
          (value) => value !== null,
          10_000,
          () => 'the site’s storage could not be read',
        );
        assert.deepEqual(JSON.parse(found!), { localStorage: null, databases: [], held: [] });
      });

      caseOf('messages forged to the page or the worker are refused', async () => {
        assert.match(await runToEnd(programs.forgedMessages.program), /^Finished/);
        assert.deepEqual(await runner().consoleLines(), programs.forgedMessages.lines);
        assert.doesNotMatch(await fromWorkers(), /FORGED/);
      });

      caseOf(
        'a consent page written by the code loads nothing from any host',
        async () => {
          const target = await startLoopbackTarget();
          try {
            await load(programs.consentHtml(target.target));
            const it = runner();
            await it.run();
            await openConsentAsSent(it);
            await new Promise((resolve) => setTimeout(resolve, 1_000));
            await site().click({ role: 'button', name: 'Deny', within: it.figure });
            assert.match(await it.waitForEnd(), /^Finished/);
            assert.ok((await it.consoleLines()).includes('decision: deny'));
            assert.deepEqual(target.hits, [], 'requests that reached the loopback target');
          } finally {
            await target.close();
          }
        },
        { hostReached: true },
      );

      for (const [name, program] of [
        ['sent in every encoding', programs.secretsSent],
        [
          'sent after the code replaced the built-ins masking uses',
          programs.secretsSentAfterTampering,
        ],
      ] as const) {
        caseOf(
          `no secret reaches the page: ${name}`,
          async () => {
            const status = await runToEnd(program);
            await site().poll(
              exchanges,
              (count) => count > 0,
              10_000,
              () => `the run made no request; status: ${status}`,
            );
            const received = await fromWorkers();
            assert.ok(received.includes('••••••'), 'nothing was masked');
            for (const [which, secret] of Object.entries(secrets)) {
              assert.ok(!received.includes(secret), `the page received the ${which}`);
            }
          },
          // Tampered built-ins can break a runtime's own glue (Pyodide's in Firefox): it crashes,
          // which is reported; what matters here is what reached the page.
          { allowed: crashReports },
        );
      }

      const timer = programs.uncaughtTimerError;
      if (!('notApplicable' in timer)) {
        caseOf(
          'an error thrown by a timer is reported and the run goes on',
          async () => {
            assert.match(await runToEnd(timer.program), /^Finished/);
            const lines = await runner().consoleLines();
            assert.ok(lines.includes('still running'), lines.join('\n'));
            assert.ok(
              lines.some((line) => timer.errorLine.test(line)),
              lines.join('\n'),
            );
          },
          // The program's own errors, which an engine may also report as the page's (`workerErrors`).
          {
            allowed: [
              ...engineAllowances.workerErrors,
              timer.errorLine,
              /^Error: rejected, never awaited$/,
            ],
          },
        );
      }

      caseOf('code left running after the run ended is gone with its worker', async () => {
        assert.match(await runToEnd(programs.outlivesRun), /^Finished/);
        // The worker lingers 5 s for output still on its way, then is terminated.
        await new Promise((resolve) => setTimeout(resolve, 9_000));
        const lines = await runner().consoleLines();
        assert.ok(lines.includes('started the timers'), lines.join('\n'));
        assert.ok(!lines.includes('late'), lines.join('\n'));
        const before = await exchanges();
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        assert.equal(await exchanges(), before, 'requests after the worker ended');
      });

      caseOf(
        'an endless loop is stopped at the time limit; Stop ends one at once',
        async () => {
          assert.match(
            await runToEnd(programs.endlessLoop),
            /^Stopped after 15 s: the run took too long/,
          );
          await load(programs.endlessLoop);
          const it = runner();
          await it.run();
          await site().click({ role: 'button', name: 'Stop', within: it.figure });
          assert.equal(await it.waitForEnd(10_000), 'Stopped.');
          assert.match(await runToEnd(programs.mockedFetch.program), /^Finished/);
          assert.deepEqual(await runner().consoleLines(), programs.mockedFetch.lines);
        },
        { allowed: engineAllowances.workerEnded },
      );

      for (const [name, program] of [
        ['a memory bomb', programs.memoryBomb],
        ['a recursion bomb', programs.recursionBomb],
      ] as const) {
        caseOf(
          `${name} fails with an error, not the time limit, and the next run works`,
          async () => {
            assert.match(
              await runToEnd(program),
              /^(Failed after|The runner stopped unexpectedly: the interpreter)/,
            );
            assert.match(await runToEnd(programs.mockedFetch.program), /^Finished/);
          },
          { allowed: crashReports },
        );
      }

      caseOf('millions of characters of output and of error show cut', async () => {
        const status = await runToEnd(programs.hugeOutput);
        assert.match(status, /^Failed after /);
        assert.ok(status.length <= 500, `a status of ${status.length} characters`);
        const shown = await site().page.evaluate<{ lines: number; longest: number; cut: boolean }>(
          `(within) => {
            const output = findAll('region', 'Output', within)[0];
            const lines = [...(output?.querySelectorAll('[data-level]') ?? [])].map((line) => line.innerText);
            return {
              lines: lines.length,
              longest: Math.max(0, ...lines.map((line) => line.length)),
              cut: lines.some((line) => line.includes('more characters)')) && /[\\d,]+ more lines not shown/.test(output?.innerText ?? ''),
            };
          }`,
          `figure[data-snippet-id="${where.id}"]`,
        );
        assert.ok(shown.lines <= 1_001, `${shown.lines} console lines`);
        assert.ok(shown.longest <= 20_000, `a console line of ${shown.longest} characters`);
        assert.ok(shown.cut, 'the Output does not say what it left out');
      });

      for (const fatal of programs.fatal) {
        caseOf(
          `the runtime dying is reported at once: ${fatal.name}`,
          async () => {
            const status = await runToEnd(fatal.program);
            assert.match(status, fatal.status);
            assert.doesNotMatch(status, /never ends|time limit/i);
            assert.match(await runToEnd(programs.mockedFetch.program), /^Finished/);
          },
          { allowed: crashReports },
        );
      }
    });

    /** How many exchanges the HTTP list of the Output shows. */
    function exchanges(): Promise<number> {
      return site().page.evaluate<number>(
        `(within) => {
          const list = findAll('region', 'Output', within)[0]?.querySelector('[aria-label="HTTP exchanges"]');
          return list ? list.querySelectorAll(':scope > li').length : 0;
        }`,
        `figure[data-snippet-id="${where.id}"]`,
      );
    }
  }

  /** Waits for the consent screen and opens "the consent page as the server sent it", if shown. */
  async function openConsentAsSent(it: EngineRunner) {
    await site().waitFor(
      { role: 'group', name: /^Authorize /, within: it.figure },
      engine.runStartMs,
    );
    const disclosure = await site().page.evaluate<string | null>(
      `(within) => {
        const found = [...document.querySelectorAll(within + ' summary')].find((summary) => summary.textContent.includes('The consent page as the server sent it'));
        return found ? mark(found) : null;
      }`,
      it.figure,
    );
    if (disclosure === null) return;
    await site().page.click(disclosure);
    await site().poll(
      () =>
        site().page.evaluate<boolean>(
          `(within) => !!document.querySelector(within + ' iframe')`,
          it.figure,
        ),
      (shown) => shown,
      10_000,
      () => 'the consent page as the server sent it did not open',
    );
  }

  describe('containment: the page', () => {
    check(
      'consent page HTML from a worker taken over loads nothing: policy first, allowlist after',
      async () => {
        const target = await startLoopbackTarget();
        try {
          await goto(
            `${where.page}?sdk=typescript${shareHash('typescript', typescriptAsksConsent)}`,
          );
          // Stands in for a worker whose every layer the code got past: the consent message the
          // page receives carries hostile HTML.
          await site().page.evaluate(forgeConsentHtml, target.target);
          const it = new EngineRunner(site(), where.id, engine.runStartMs);
          await it.run();
          await openConsentAsSent(it);
          const srcdoc = await site().page.evaluate<string>(
            `(within) => document.querySelector(within + ' iframe')?.srcdoc ?? ''`,
            it.figure,
          );
          assert.match(
            srcdoc,
            /^<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none';/,
          );
          assert.doesNotMatch(srcdoc, /<img|<link|<iframe|http:/);
          assert.match(srcdoc, /<p id="kept">kept<\/p>/);
          await new Promise((resolve) => setTimeout(resolve, 1_000));
          await site().click({ role: 'button', name: 'Deny', within: it.figure });
          await it.waitForEnd();
          assert.deepEqual(target.hits, [], 'requests that reached the loopback target');
        } finally {
          await target.close();
        }
      },
      { timeout: 2 * engine.runStartMs },
    );
  });
}
