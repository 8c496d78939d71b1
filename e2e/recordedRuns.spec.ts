import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { languages } from '../languages';
import type { Recording } from '../sandbox/runner/core/Recording';
import { recordingPath } from '../src/plugins/snippet-registry/recordingPath';
import { docsPages } from './docsPages';
import { expectStepLabelsFit } from './expectStepLabelsFit';
import { expect, test } from './fixtures';

/**
 * Every tab of a language that does not run in the page (Java, .NET) shows the run CI recorded
 * from its code: one test per docs page and language, checking each snippet's Output against its
 * committed recording; and the recorded view in light and dark, at 375 px and on a desktop.
 */
const root = path.join(__dirname, '..');
const recorded = languages.filter((language) => !language.runsInPage);

function readRecording(id: string, language: string): Recording {
  return JSON.parse(
    fs.readFileSync(path.join(root, recordingPath(id, language)), 'utf8'),
  ) as Recording;
}

/** The recorded Output of one snippet, scrolled to (its recording loads near the viewport). */
async function recordedOutput(figure: Locator): Promise<Locator> {
  await figure.scrollIntoViewIfNeeded();
  const output = figure.getByRole('region', { name: 'Output' });
  await expect(output).toBeVisible();
  await expect(output).toHaveAttribute('data-recorded', '');
  return output;
}

for (const { route, ids } of docsPages().filter((page) => page.ids.length > 0)) {
  for (const language of recorded) {
    test(`${route}: every ${language.label} tab shows its recorded run`, async ({ page, site }) => {
      await site.goto(`${route}?sdk=${language.key}`);
      for (const id of ids) {
        const recording = readRecording(id, language.key);
        const figure = page.locator(`figure[data-snippet-id="${id}"]`);
        await expect(
          figure.getByRole('tab', { name: language.label, exact: true }),
        ).toHaveAttribute('aria-selected', 'true');
        // No Run button: this code does not run here, and the tab says what it shows instead.
        await expect(figure.getByRole('button', { name: 'Run', exact: true })).toHaveCount(0);
        const output = await recordedOutput(figure);
        await expect(output).toContainText('Recorded run of this code');
        await expect(output).toContainText(`at commit ${recording.commit}`);

        const printed = recording.events.flatMap((event) =>
          event.kind === 'console' ? [event.text] : [],
        );
        await expect(output.getByRole('log', { name: 'Console' }).locator('div')).toHaveText(
          printed,
        );
        const exchanges = recording.events.filter((event) => event.kind === 'http').length;
        await expect(output).toContainText(
          `HTTP traffic (${exchanges} ${exchanges === 1 ? 'exchange' : 'exchanges'})`,
        );
        if (exchanges > 0) {
          await expect(
            output.getByRole('list', { name: 'Flow steps' }).getByRole('listitem').first(),
          ).toBeVisible();
        }
        await expect(
          output.getByText(`npm run run-snippet -- ${id} --language ${language.key}`),
        ).toBeVisible();
      }
    });
  }
}

test.describe('the recorded view', () => {
  for (const { colorScheme, viewport } of [
    { colorScheme: 'light', viewport: { width: 1280, height: 900 } },
    { colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
    { colorScheme: 'light', viewport: { width: 375, height: 800 } },
    { colorScheme: 'dark', viewport: { width: 375, height: 800 } },
  ] as const) {
    test(`reads well and passes axe (${colorScheme}, ${viewport.width} px)`, async ({
      page,
      site,
    }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await site.goto('/docs/authorization-code?sdk=java');
      const id = 'authorization-code/exchange-code';
      const figure = page.locator(`figure[data-snippet-id="${id}"]`);
      const output = await recordedOutput(figure);

      // The consent step and the redirect it caused, from the recording, in the flow view.
      const steps = output.getByRole('list', { name: 'Flow steps' }).getByRole('listitem');
      await expect(steps).toHaveText([
        /^Authorization request Browser \/ consent → Authorization server: 200/,
        /^Consent \(approve\) Browser \/ consent → Authorization server: 302/,
        /^Redirect with code Authorization server → App/,
        /^Code exchange App → Authorization server: 200/,
        /^API call \(GET \/v1\/[^)]+\) App → API: 200/,
      ]);
      await expect(output.getByRole('list', { name: 'HTTP exchanges' })).toContainText(
        'the sandbox helper answered for the user: approve',
      );

      // Each step's label stays inside the lanes, its name above its direction, on a phone.
      if (viewport.width < 480) {
        await expectStepLabelsFit(output.getByRole('list', { name: 'Flow steps' }));
      }
      expect(await output.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);

      // The commands copy as shown.
      await expect(
        output.getByRole('button', { name: `Copy npm run run-snippet -- ${id} --language java` }),
      ).toBeEnabled();

      const results = await new AxeBuilder({ page })
        .include(`figure[data-snippet-id="${id}"]`)
        .analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`);
      expect(serious).toEqual([]);
      await output.screenshot({
        path: test.info().outputPath(`recorded-${colorScheme}-${viewport.width}.png`),
      });
    });
  }
});

for (const { route, width } of [
  { route: '/docs/authorization-code?sdk=csharp', width: 375 },
  { route: '/docs/client-credentials?sdk=java', width: 375 },
  { route: '/docs/authorization-code?sdk=java', width: 1280 },
  { route: '/docs/tokens-explicitly?sdk=csharp', width: 1280 },
]) {
  test(`each recorded run appears in the space held for it, not pushing the page down (${route}, ${width} px)`, async ({
    page,
    site,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    // Every recording waits until the placeholders are measured.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/recorded/*/snippets/**', async (request) => {
      await released;
      await request.continue();
    });
    await site.goto(route);
    const figures = page.locator('figure[data-snippet-id]');
    await expect(figures.first()).toBeVisible();
    // The chosen tab's placeholder in each snippet (one that is not run has none).
    const reserved: { index: number; height: number }[] = [];
    for (let index = 0; index < (await figures.count()); index += 1) {
      const placeholder = figures
        .nth(index)
        .getByRole('tabpanel')
        .getByText('Loading the run CI recorded from this code…');
      if ((await placeholder.count()) === 0) continue;
      reserved.push({ index, height: (await placeholder.boundingBox())!.height });
    }
    expect(reserved.length).toBeGreaterThan(3);
    release();

    for (const { index, height } of reserved) {
      const output = await recordedOutput(figures.nth(index));
      const shown = (await output.boundingBox())!.height;
      // Within a tenth (fonts differ between machines), and never the whole run (800 px and more).
      expect(
        Math.abs(shown - height),
        `${await figures.nth(index).getAttribute('data-snippet-id')}: held ${height} px, shown ${shown} px`,
      ).toBeLessThanOrEqual(Math.max(60, shown * 0.1));
    }
  });
}

test('a link to a heading keeps the reader at the heading while the recorded runs above it load', async ({
  page,
  site,
}) => {
  // A desktop, where the docs sidebar shows: the browser anchored its scroll to it and let the
  // article move (the heading ended 500 px down once the run just above it had loaded).
  await page.setViewportSize({ width: 1280, height: 800 });
  const headingId = 'reuse-a-stored-token';
  await site.goto(`/docs/client-credentials#${headingId}`);
  const heading = page.locator(`#${headingId}`);
  // The snippet just above the heading: its run is partly on screen, so it loads right away.
  const above = await heading.evaluate((element) => {
    const figures = [...document.querySelectorAll('figure[data-snippet-id]')];
    return figures.filter((figure) => figure.compareDocumentPosition(element) & 4).length - 1;
  });
  const runAbove = page
    .locator('figure[data-snippet-id]')
    .nth(above)
    .getByRole('region', { name: 'Output' });
  await expect(runAbove).toHaveAttribute('data-recorded', '');
  // Where the browser put the heading for the link: below the sticky navbar, at its scroll margin.
  const margin = await heading.evaluate((element) =>
    parseFloat(getComputedStyle(element).scrollMarginTop),
  );
  await expect
    .poll(() => heading.evaluate((element) => element.getBoundingClientRect().top))
    .toBeCloseTo(margin, -1);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('a browser that cannot start a language runtime shows its recorded run instead of a dead Run button', async ({
  page,
  site,
}) => {
  // A browser without WebAssembly: none of Python, Ruby, PHP or Go can start.
  await page.addInitScript(() => {
    Reflect.deleteProperty(globalThis, 'WebAssembly');
  });
  await site.goto('/docs/client-credentials?sdk=python');
  const id = 'client-credentials/fetch-token';
  const figure = page.locator(`figure[data-snippet-id="${id}"]`);
  await expect(figure.getByRole('tab', { name: 'Python', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(figure.getByRole('button', { name: 'Run', exact: true })).toHaveCount(0);
  const output = await recordedOutput(figure);
  await expect(output).toContainText('Recorded run of this code');
  await expect(output).toContainText('Python runs in the page with WebAssembly');
  const printed = readRecording(id, 'python').events.flatMap((event) =>
    event.kind === 'console' ? [event.text] : [],
  );
  await expect(output.getByRole('log', { name: 'Console' }).locator('div')).toHaveText(printed);
});
