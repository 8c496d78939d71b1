import type { LanguageDownload } from '../LanguageDownload';

/**
 * A downloaded TypeScript example: the snippet as `main.ts`, unchanged (an ES module with
 * top-level await), run by tsx, which reads `tsconfig.json`'s `paths` for the `sdk` and `sandbox`
 * module names the snippets import.
 */
export const download: LanguageDownload = {
  language: 'typescript',
  requires:
    'Node.js 20 or later; `run.sh` uses `tsx` (the TypeScript runner) if it is installed, else fetches it with `npx`',
  sdk: [
    { from: 'sdk', to: 'sdk' },
    { from: 'sandbox', to: 'sandbox' },
  ],
  program: (program) => [
    { path: 'main.ts', content: program.source },
    {
      path: 'package.json',
      content: `${JSON.stringify(
        {
          name: `example-${program.id.replace(/\//g, '-')}`,
          private: true,
          type: 'module',
          scripts: { start: 'tsx main.ts' },
          devDependencies: { tsx: '^4.19.0', typescript: '^5.9.0' },
        },
        null,
        2,
      )}\n`,
    },
    {
      path: 'tsconfig.json',
      content: `${JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            strict: true,
            skipLibCheck: true,
            noEmit: true,
            lib: ['ES2022', 'DOM'],
            paths: { sdk: ['./sdk/index.ts'], sandbox: ['./sandbox/index.ts'] },
          },
        },
        null,
        2,
      )}\n`,
    },
  ],
  run: () => [
    'if command -v tsx >/dev/null 2>&1; then exec tsx main.ts; fi',
    'exec npx --yes tsx@4 main.ts',
  ],
};
