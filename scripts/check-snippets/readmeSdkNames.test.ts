/**
 * The README's "Names in each SDK" table is what a writer copies into a new snippet: every name
 * in it must be one that language's reference SDK (`languages/<language>/`) defines, and each
 * language of the registry must have its row.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../../languages';

const repo = path.resolve(__dirname, '../..');
const readme = fs.readFileSync(path.join(repo, 'README.md'), 'utf8');
const table = /<!-- sdk-names -->\n([\s\S]*?)<!-- \/sdk-names -->/.exec(readme)?.[1] ?? '';

/** The text of every source file of the language's folder with the snippet file's extension. */
function sdkText(key: string, extension: string): string {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(full);
      else if (entry.name.endsWith(extension)) texts.push(fs.readFileSync(full, 'utf8'));
    }
  };
  walk(path.join(repo, 'languages', key));
  return texts.join('\n');
}

describe("the README's table of each SDK's names", () => {
  it('has a row for every language', () => {
    const rows = table.split('\n').map((row) => row.split('|')[1]?.trim());
    expect(
      languages.map((language) => language.label).filter((label) => !rows.includes(label)),
    ).toEqual([]);
  });

  it.each(languages.map((language) => [language.label, language] as const))(
    "names only what %s's SDK defines",
    (label, language) => {
      const row = table.split('\n').find((line) => line.split('|')[1]?.trim() === label);
      expect(row, `README.md has no row for ${label}`).toBeDefined();
      const text = sdkText(language.key, path.extname(language.file));
      const missing = [...row!.matchAll(/`([^`]+)`/g)]
        .flatMap((match) => match[1]!.split(/::|\.|\s+/))
        .filter((part) => part !== '' && !new RegExp(`\\b${part}\\b`).test(text));
      expect(missing).toEqual([]);
    },
  );
});
