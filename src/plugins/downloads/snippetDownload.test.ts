import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../../../languages';
import { loadDownload } from '../../../languages/loadDownload';
import { readRegistry } from '../snippet-registry/loadRegistry';
import { snippetDownload } from './snippetDownload';

const siteDir = path.resolve(__dirname, '../../..');
const entry = readRegistry(siteDir).entries.find(
  (candidate) => candidate.id === 'client-credentials/fetch-token',
)!;

describe('snippetDownload', () => {
  for (const language of languages) {
    it(`gives ${language.label} the snippet unchanged, run.sh, a README and the SDK without its tests`, async () => {
      const recipe = await loadDownload(siteDir, language.key);
      const files = snippetDownload({
        siteDir,
        entry,
        language,
        recipe,
        pageUrl: 'https://site.example/docs/client-credentials',
        mockServerUrl: 'https://site.example/downloads/mock-server.mjs',
      });
      const folder = `client-credentials-fetch-token-${language.key}/`;
      const paths = files.map((file) => file.path);
      expect(paths.every((file) => file.startsWith(folder))).toBe(true);
      expect(files.map((file) => file.content)).toContain(entry.files[language.key].source);
      expect(files.find((file) => file.path === `${folder}run.sh`)?.executable).toBe(true);
      const readme = String(files.find((file) => file.path === `${folder}README.md`)?.content);
      expect(readme).toContain('node mock-server.mjs');
      expect(readme).toContain('sh run.sh');
      for (const { to } of recipe.sdk) {
        expect(
          paths.some((file) => file.startsWith(`${folder}${to}`)),
          to,
        ).toBe(true);
      }
      expect(
        paths.filter((file) => /(^|\/)(tests?|Tests)\/|[._]test\.|Test\.java$/.test(file)),
      ).toEqual([]);
    });
  }
});
