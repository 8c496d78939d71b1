import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTypeCheckData } from './generateTypeCheckData';

const siteDir = path.resolve(__dirname, '../../..');

describe('generateTypeCheckData', () => {
  const data = generateTypeCheckData(siteDir);

  it('emits the declarations of sdk and sandbox, with the config options snippets use', () => {
    expect(data.modules).toEqual({
      sdk: '/languages/typescript/sdk/index.d.ts',
      sandbox: '/languages/typescript/sandbox/index.d.ts',
    });
    expect(data.files['/languages/typescript/sdk/index.d.ts']).toContain(
      "export { Client } from './Client'",
    );
    expect(data.files['/languages/typescript/sandbox/index.d.ts']).toContain('clock');
    expect(data.files['/languages/typescript/sdk/configuration.d.ts']).toContain('oAuthClientId');
    expect(data.options).toMatchObject({ strict: true, verbatimModuleSyntax: true });
    expect(data.options).not.toHaveProperty('paths');
  });

  it('lists every standard-library file the options pull in, references included', () => {
    expect(data.libFiles).toContain('lib.dom.d.ts');
    expect(data.libFiles).toContain('lib.es2023.d.ts');
    expect(data.libFiles).toContain('lib.es5.d.ts');
  });
});
