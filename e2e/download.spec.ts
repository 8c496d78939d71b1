import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { languages, type LanguageKey } from '../languages';
import { downloadNameOf } from '../src/plugins/downloads/downloadPathOf';
import { expect, test } from './fixtures';

const siteDir = path.resolve(__dirname, '..');
const id = 'client-credentials/fetch-token';

/**
 * What a reader finds in each language's project besides README.md and run.sh: the snippet, under
 * the name its toolchain wants, and the reference SDK's folders (as the README names them).
 */
const expected: Record<LanguageKey, { program: string; sdk: string[] }> = {
  csharp: { program: 'Example.cs', sdk: ['Sdk', 'Sandbox', 'build.sh'] },
  java: { program: 'ClientCredentialsFetchToken.java', sdk: ['src/main/java'] },
  python: { program: 'main.py', sdk: ['sdk', 'sandbox'] },
  ruby: { program: 'main.rb', sdk: ['lib'] },
  typescript: { program: 'main.ts', sdk: ['sdk', 'sandbox'] },
  php: { program: 'main.php', sdk: ['sdk/src', 'sdk/sandbox'] },
  go: { program: 'main.go', sdk: ['sdk', 'sandbox'] },
};

test('every language tab downloads its example as a zip with the program, the SDK, run.sh and a README', async ({
  site,
  page,
}) => {
  test.slow();
  await site.goto('/docs/client-credentials');
  const figure = page.locator(`figure[data-snippet-id="${id}"]`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-download-'));
  try {
    for (const language of languages) {
      await figure.getByRole('tab', { name: language.label, exact: true }).click();
      const link = figure.getByRole('link', {
        name: `Download ${id} as a runnable ${language.label} project (zip)`,
      });
      await expect(link).toBeVisible();
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const name = downloadNameOf(id, language.key);
      expect(download.suggestedFilename()).toBe(`${name}.zip`);
      const zip = path.join(dir, `${name}.zip`);
      await download.saveAs(zip);
      execFileSync('unzip', ['-q', zip, '-d', dir]);
      const project = path.join(dir, name);
      const { program, sdk } = expected[language.key];
      const source = fs.readFileSync(path.join(siteDir, `snippets/${id}/${language.file}`), 'utf8');
      // The code as the docs show it.
      expect(fs.readFileSync(path.join(project, program), 'utf8'), `${name}/${program}`).toBe(
        source,
      );
      for (const folder of sdk) {
        expect(fs.existsSync(path.join(project, folder)), `${name}/${folder}`).toBe(true);
      }
      expect(fs.statSync(path.join(project, 'run.sh')).mode & 0o100).not.toBe(0);
      const readme = fs.readFileSync(path.join(project, 'README.md'), 'utf8');
      expect(readme).toContain('node mock-server.mjs');
      expect(readme).toContain('sh run.sh');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the standalone mock server the READMEs start is on the site', async ({ request }) => {
  const response = await request.get('/downloads/mock-server.mjs');
  expect(response.ok()).toBe(true);
  expect(await response.text()).toContain('Mock OAuth server on');
});
