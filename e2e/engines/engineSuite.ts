import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { languages, pageRunnableLanguages } from '../../languages';
import { sitemapPaths } from '../sitemap';
import type { Engine, EngineBrowser } from './EnginePage';
import { EngineRunner, EngineSite } from './EngineSite';
import { containmentSuite, type SuiteContext } from './containmentSuite';
import { pageExamples } from './pageExamples';
import { serveBuild } from './serveBuild';

const resultsDir = path.join(__dirname, '..', '..', 'test-results', 'engines');

/** What the search finds (as e2e/search.spec.ts): query → a result → the page and section. */
const searches = [
  {
    query: 'refresh token',
    result: /Refresh the token.*Resource Owner Password/,
    url: '/docs/resource-owner-password?_highlight=refresh&_highlight=token#refresh-the-token',
    section: 'Refresh the token',
  },
  {
    query: 'PKCE',
    result: /Use PKCE.*Authorization Code Grant/,
    url: '/docs/authorization-code?_highlight=pkce#use-pkce',
    section: 'Use PKCE',
  },
] as const;

/**
 * The site proven in one engine, with the checks of the Chromium e2e that depend on the engine:
 * every page of the sitemap loads and hydrates with no error, language tabs sync and `?sdk=`
 * works, search opens and finds, and every runnable example runs, in every language that runs in
 * the page, and prints what its meta.json expects (consent screens answered as it says). Every
 * test fails on any console error, uncaught error, failed request or HTTP error of the page.
 *
 * One browser for the whole suite, one tab, each docs page loaded once for all its examples (as
 * e2e/examples.spec.ts): isolation between runs is the runner's own. After a failed test the next
 * one loads its page afresh.
 */
export function engineSuite(engine: Engine) {
  const examples = pageExamples();
  const runnable = languages.filter((language) =>
    (pageRunnableLanguages as string[]).includes(language.key),
  );

  describe(engine.name, () => {
    let server: Awaited<ReturnType<typeof serveBuild>> | undefined;
    let browser: EngineBrowser | undefined;
    let site: EngineSite;
    /** The docs page the tab shows, loaded and hydrated; undefined when a test left it unsure. */
    let openRoute: string | undefined;

    const goto = async (route: string) => {
      openRoute = undefined;
      await site.page.goto(route);
      openRoute = route;
    };

    before(
      async () => {
        const missing = engine.missing();
        if (missing !== undefined) throw new Error(missing);
        server = await serveBuild();
        browser = await engine.launch(server.baseURL);
        site = new EngineSite(browser.page);
        process.stdout.write(`# ${engine.name}: ${browser.version}, site at ${server.baseURL}\n`);
      },
      { timeout: 180_000 },
    );
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /**
     * A test that fails on the page's problems, and keeps a screenshot when it fails. A console
     * error or uncaught error matching `allowedProblems` is the tested code's own doing, not the
     * page's (a runtime's crash report); failed requests and HTTP errors are never allowed.
     */
    const check: SuiteContext['check'] = (
      name,
      body,
      { timeout = 60_000, allowedProblems = [] } = {},
    ) =>
      it(name, { timeout }, async () => {
        try {
          await body();
        } catch (error) {
          openRoute = undefined;
          const problems = await site.page.takeProblems().catch(() => []);
          try {
            fs.mkdirSync(resultsDir, { recursive: true });
            const file = path.join(
              resultsDir,
              `${engine.name}-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 120)}.png`,
            );
            fs.writeFileSync(file, await site.page.screenshot());
          } catch {
            // A screenshot is a help, not the finding.
          }
          if (problems.length > 0 && error instanceof Error) {
            error.message += `\nthe page's problems:\n${problems.join('\n')}`;
          }
          throw error;
        }
        const problems = (await site.page.takeProblems()).filter((problem) => {
          const logged = /^(?:console\.error|uncaught): ([^]*)$/.exec(problem)?.[1];
          return logged === undefined || !allowedProblems.some((allowed) => allowed.test(logged));
        });
        assert.deepEqual(problems, [], 'the page logged errors or had failed requests');
      });

    describe('every page', () => {
      for (const route of sitemapPaths()) {
        check(`${route} loads and hydrates with a title, one h1 and no errors`, async () => {
          await goto(route);
          const facts = await site.page.evaluate<{ title: string; h1: string[]; raw: boolean }>(
            `() => ({
              title: document.title,
              h1: findAll('heading').filter((h) => h.tagName === 'H1').map(accessibleName),
              raw: (document.querySelector('main')?.innerText ?? '').includes(':::'),
            })`,
          );
          assert.match(facts.title, /\S/);
          assert.equal(facts.h1.length, 1, `one visible h1, found: ${JSON.stringify(facts.h1)}`);
          // Markdown that failed to parse shows up as raw syntax, e.g. an admonition's ":::".
          assert.equal(facts.raw, false, 'the page shows raw Markdown (":::")');
        });
      }
    });

    describe('language tabs', () => {
      const page = '/docs/client-credentials';
      check(
        'choosing a language switches every snippet on the page and puts it in the URL',
        async () => {
          await goto(page);
          await site.chooseLanguage('Python');
          await site.poll(
            () => site.page.url(),
            (url) => /[?&]sdk=python/.test(url),
            10_000,
            (url) => `the URL does not say sdk=python: ${url}`,
          );
          const tabs = await site.page.evaluate<{ python: number; selected: number }>(
            `() => {
            const python = findAll('tab', 'Python');
            return { python: python.length, selected: python.filter((tab) => tab.getAttribute('aria-selected') === 'true').length };
          }`,
          );
          assert.ok(tabs.python > 2, `several snippets on ${page}, found ${tabs.python}`);
          assert.equal(tabs.selected, tabs.python, 'every snippet shows Python');
          const shown = await site.page.evaluate<boolean>(
            `() => document.body.innerText.includes('client-credentials/initialize/python.py')`,
          );
          assert.ok(shown, 'the Python file of the first snippet shows');
        },
      );

      check('a language in the URL (?sdk=) selects that tab', async () => {
        await goto(`${page}?sdk=ruby`);
        const ruby = await site.page.evaluate<boolean>(
          `() => findAll('tab', 'Ruby')[0]?.getAttribute('aria-selected') === 'true' && document.body.innerText.includes('client-credentials/initialize/ruby.rb')`,
        );
        assert.ok(ruby, 'the first snippet shows its Ruby tab');
      });

      check('the chosen language carries to the next page', async () => {
        await goto(page);
        await site.chooseLanguage('Go');
        await goto('/docs/authorization-code');
        const go = await site.page.evaluate<boolean>(
          `() => findAll('tab', 'Go')[0]?.getAttribute('aria-selected') === 'true' && document.body.innerText.includes('authorization-code/initialize/go.go')`,
        );
        assert.ok(go, 'Go is still chosen on the next page');
      });
    });

    describe('search', () => {
      for (const { query, result, url, section } of searches) {
        check(`"${query}" finds ${url}`, async () => {
          await goto('/docs');
          await site.page.pressWithControl('k');
          await site.poll(
            () =>
              site.page.evaluate<string | null>(
                `() => document.activeElement?.getAttribute('aria-label') ?? null`,
              ),
            (label) => label === 'Search',
            10_000,
            (label) => `Ctrl+K did not focus the search box (focus: ${label})`,
          );
          await site.page.type(query);
          await site.click({ role: 'option', name: result, within: '[role="listbox"]' }, 20_000);
          await site.poll(
            async () => {
              const { pathname, search, hash } = new URL(await site.page.url());
              return pathname + search + hash;
            },
            (at) => at === url,
            10_000,
            (at) => `the result led to ${at}, not ${url}`,
          );
          await site.waitFor({ role: 'heading', name: section });
          openRoute = undefined;
        });
      }
    });

    describe('every example that runs in the page', () => {
      check('the registry has runnable examples to check', async () => {
        assert.ok(examples.length > 0);
      });
      const routes = [...new Set(examples.map((example) => example.page))];
      const sample = examples.find((example) => example.page === routes[0]);
      const everyExample = (key: string) =>
        process.env.ENGINES_EVERY_EXAMPLE === '1' ||
        engine.everyExampleOf === undefined ||
        engine.everyExampleOf.includes(key);
      for (const route of routes) {
        // One language's examples, then the next's: choosing a tab re-renders every snippet on
        // the page, so each language is chosen once per page (as e2e/examples.spec.ts).
        for (const language of runnable) {
          const shown = examples.filter(
            (candidate) =>
              candidate.page === route && (everyExample(language.key) || candidate === sample),
          );
          for (const example of shown) {
            check(
              `${example.id} in ${language.label} runs on ${route} and prints what its meta.json expects`,
              async () => {
                if (openRoute !== route) await goto(route);
                const runner = new EngineRunner(site, example.id, engine.runStartMs);
                await runner.chooseLanguage(language.label);
                await runner.run();
                if (example.consent) await runner.answerConsent(example.consent);
                const status = await runner.waitForEnd();
                const lines = await runner.consoleLines();
                const report = `status: ${status}\nconsole:\n${lines.join('\n')}`;
                assert.match(status, /^Finished/, report);
                for (const pattern of example.expect) {
                  assert.ok(
                    lines.some((line) => new RegExp(pattern).test(line)),
                    `no console line matches /${pattern}/\n${report}`,
                  );
                }
              },
              { timeout: 2 * engine.runStartMs },
            );
          }
        }
      }
    });

    containmentSuite({ engine, site: () => site, goto, check });
  });
}
