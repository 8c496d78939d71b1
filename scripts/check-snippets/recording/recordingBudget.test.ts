import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgets } from '../../../e2e/bench/budgets';
import { listSnippetFolders } from '../../../src/plugins/snippet-registry/listSnippetFolders';
import { recordedFolder } from '../../../src/plugins/snippet-registry/recordingPath';

const root = path.resolve(__dirname, '../../..');

/** Every committed recording and its size in bytes. */
function recordings(): { file: string; bytes: number }[] {
  return listSnippetFolders(root).flatMap(([grant, operation]) => {
    const dir = path.join(root, 'snippets', grant, operation, recordedFolder);
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir).map((name) => ({
      file: path.relative(root, path.join(dir, name)),
      bytes: fs.statSync(path.join(dir, name)).size,
    }));
  });
}

describe('the recorded runs', () => {
  it(`stay within ${budgets.recordingsTotalKB} kB in all (e2e/bench/budgets.ts)`, () => {
    const total = recordings().reduce((sum, { bytes }) => sum + bytes, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(budgets.recordingsTotalKB * 1000);
  });

  it(`are each at most ${budgets.recordingKB} kB, what one tab fetches`, () => {
    const over = recordings().filter(({ bytes }) => bytes > budgets.recordingKB * 1000);
    expect(over).toEqual([]);
  });
});
