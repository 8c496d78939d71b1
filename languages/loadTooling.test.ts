import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from './index';
import { loadTooling, registeredLanguages } from './loadTooling';

describe('loadTooling', () => {
  it.each(languages.map((language) => language.key))(
    'finds the tooling of %s in its folder, under its own key',
    (key) => {
      expect(loadTooling(key).key).toBe(key);
    },
  );

  it('says which file to add for a language without tooling', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'load-tooling-'));
    try {
      expect(() =>
        loadTooling('cobol', { ...registeredLanguages, folderOf: (key) => path.join(dir, key) }),
      ).toThrow(/^no tooling for language "cobol": add .*cobol\/tooling\.ts whose default export/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
