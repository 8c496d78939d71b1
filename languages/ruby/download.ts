import type { LanguageDownload } from '../LanguageDownload';

/** A downloaded Ruby example: the snippet as `main.rb`, the SDK and sandbox helper in `lib/`. */
export const download: LanguageDownload = {
  language: 'ruby',
  requires: 'Ruby (`ruby`); the SDK needs no gems',
  sdk: [{ from: 'lib', to: 'lib' }],
  program: (program) => [{ path: 'main.rb', content: program.source }],
  run: () => ['exec ruby -E UTF-8 -I lib main.rb'],
};
