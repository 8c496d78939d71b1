import fs from 'node:fs';
import path from 'node:path';
import { languages, pageRunnableLanguages } from '../src/plugins/snippet-registry/languages';
import { expect, test } from './runnerPage';

/**
 * One test per runnable snippet and language that runs in the page (TypeScript, Python), generated
 * when the tests are collected: open the page that shows it, choose the language, run it, answer
 * the consent screen as its meta.json says, and check that every `run.expect` pattern matches a
 * line of the Output's console.
 */
interface Example {
  id: string;
  page: string;
  expect: string[];
  consent?: 'approve' | 'deny';
}

const root = path.join(__dirname, '..');

/** `/docs/<slug or id or file name>` of each docs page, and the snippet ids it uses. */
function docsPages(): { route: string; ids: string[]; file: string }[] {
  const docsDir = path.join(root, 'docs');
  return fs
    .readdirSync(docsDir)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const text = fs.readFileSync(path.join(docsDir, file), 'utf8');
      const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      const field = (name: string) =>
        new RegExp(`^${name}:\\s*['"]?([^'"\\n]+?)['"]?\\s*$`, 'm').exec(frontMatter)?.[1];
      const slug = field('slug');
      const id = field('id') ?? file.replace(/\.mdx?$/, '');
      const route = slug?.startsWith('/')
        ? `/docs${slug === '/' ? '' : slug}`
        : `/docs/${slug ?? id}`;
      const ids = [...text.matchAll(/<Snippet\s+id="([^"]+)"/g)].map((match) => match[1]!);
      return { route, ids, file: `docs/${file}` };
    });
}

function runnableExamples(): Example[] {
  const snippetsDir = path.join(root, 'snippets');
  const pages = docsPages();
  const examples: Example[] = [];
  for (const grant of fs.readdirSync(snippetsDir, { withFileTypes: true })) {
    if (!grant.isDirectory()) continue;
    for (const operation of fs.readdirSync(path.join(snippetsDir, grant.name), {
      withFileTypes: true,
    })) {
      if (!operation.isDirectory()) continue;
      const id = `${grant.name}/${operation.name}`;
      const metaFile = path.join(snippetsDir, id, 'meta.json');
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
  }
  return examples.sort((a, b) => a.id.localeCompare(b.id));
}

const examples = runnableExamples();

// Each test loads a docs page and boots a runner worker; leave room for a busy machine.
test.describe.configure({ timeout: 60_000 });

test('the registry has runnable examples to check', () => {
  expect(examples.length).toBeGreaterThan(0);
});

const runnable = languages.filter((language) =>
  (pageRunnableLanguages as string[]).includes(language.key),
);

for (const example of examples) {
  for (const language of runnable) {
    test(`${example.id} in ${language.label} runs on ${example.page} and prints what its meta.json expects`, async ({
      site,
      runnerFor,
    }) => {
      await site.goto(example.page);
      const runner = runnerFor(example.id);
      await runner.chooseLanguage(language.label);
      await runner.run();
      if (example.consent) {
        const consent = runner.output.getByRole('group', { name: /^Authorize / });
        await expect(consent).toBeVisible();
        await runner.button(example.consent === 'approve' ? 'Approve' : 'Deny').click();
      }
      const status = await runner.waitForEnd();
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
