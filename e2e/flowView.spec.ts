import AxeBuilder from '@axe-core/playwright';
import { expectStepLabelsFit } from './expectStepLabelsFit';
import { expect, test } from './runnerPage';

test.describe('the flow view', () => {
  for (const { colorScheme, viewport } of [
    { colorScheme: 'light', viewport: { width: 1280, height: 900 } },
    { colorScheme: 'dark', viewport: { width: 375, height: 800 } },
  ] as const) {
    test(`lists the authorization code steps in order (${colorScheme}, ${viewport.width} px)`, async ({
      site,
      page,
      runnerFor,
    }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await site.goto('/docs/authorization-code');
      const runner = runnerFor('authorization-code/exchange-code');
      await runner.chooseTypeScript();
      await runner.run();
      await runner.button('Approve').click();
      expect(await runner.waitForEnd()).toMatch(/^Finished/);

      const steps = runner.output.getByRole('list', { name: 'Flow steps' }).getByRole('listitem');
      await expect(steps).toHaveText([
        /^Authorization request Browser \/ consent → Authorization server: 200/,
        /^Consent \(approve\) Browser \/ consent → Authorization server: 302/,
        /^Redirect with code Authorization server → App/,
        /^Code exchange App → Authorization server: 200/,
        /^API call \(GET \/v1\/[^)]+\) App → API: 200/,
      ]);

      // Each step opens onto its exchange: the code exchange shows the grant it sent.
      const codeExchange = steps.filter({ hasText: 'Code exchange' });
      await codeExchange.getByText('Code exchange').click();
      await expect(codeExchange).toContainText('authorization_code');

      const results = await new AxeBuilder({ page })
        .include(`figure[data-snippet-id="authorization-code/exchange-code"]`)
        .analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`);
      expect(serious).toEqual([]);

      // Each step's label stays inside the lanes, its name above its direction, on a phone.
      if (viewport.width < 480) {
        await expectStepLabelsFit(runner.output.getByRole('list', { name: 'Flow steps' }));
      }
      // Nothing spills out of the Output on a phone.
      const overflow = await runner.output.evaluate(
        (element) => element.scrollWidth - element.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await runner.output
        .getByRole('group')
        .filter({ hasText: /^Flow/ })
        .screenshot({ path: test.info().outputPath(`flow-${colorScheme}-${viewport.width}.png`) });
    });
  }
});
