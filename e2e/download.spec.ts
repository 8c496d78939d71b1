import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { languages } from '../languages';
import { loadDownload } from '../languages/loadDownload';
import { downloadNameOf } from '../src/plugins/downloads/downloadPathOf';
import { expect, test } from './fixtures';

const siteDir = path.resolve(__dirname, '..');
const id = 'client-credentials/fetch-token';

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
      const recipe = await loadDownload(siteDir, language.key);
      const snippetPath = `snippets/${id}/${language.file}`;
      const source = fs.readFileSync(path.join(siteDir, snippetPath), 'utf8');
      const program = { id, path: snippetPath, file: path.join(siteDir, snippetPath), source };
      // The code as the docs show it, and what its toolchain needs beside it.
      const programFiles = recipe
        .program(program)
        .map((file) => fs.readFileSync(path.join(project, file.path), 'utf8'));
      expect(programFiles, `${name}: the snippet, unchanged`).toContain(source);
      for (const { to } of recipe.sdk) {
        expect(fs.existsSync(path.join(project, to)), `${name}/${to}`).toBe(true);
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
