import type { LanguageDownload } from '../LanguageDownload';

/** A downloaded Python example: the snippet as `main.py` beside the `sdk` and `sandbox` packages. */
export const download: LanguageDownload = {
  language: 'python',
  requires: 'Python 3 (`python3`); the SDK needs nothing outside its standard library',
  sdk: [
    { from: 'sdk', to: 'sdk' },
    { from: 'sandbox', to: 'sandbox' },
  ],
  program: (program) => [{ path: 'main.py', content: program.source }],
  // As harness.ts runs it: UTF-8 output (snippets print `…`), the packages found from here.
  run: () => ['PYTHONPATH=. PYTHONIOENCODING=utf-8 exec python3 -X utf8 main.py'],
};
