import type { LanguageDownload } from '../LanguageDownload';

/**
 * A downloaded PHP example: the snippet as `main.php`, unchanged; its
 * `require_once __DIR__ . '/vendor/autoload.php'` finds the SDK's autoloader in `sdk/`, as a
 * Composer project's would.
 */
export const download: LanguageDownload = {
  language: 'php',
  requires: 'PHP 8 (`php`, the command line); the SDK needs no Composer packages',
  sdk: [
    { from: 'autoload.php', to: 'sdk/autoload.php' },
    { from: 'src', to: 'sdk/src' },
    { from: 'sandbox', to: 'sdk/sandbox' },
  ],
  program: (program) => [
    { path: 'main.php', content: program.source },
    {
      path: 'vendor/autoload.php',
      content:
        "<?php\n\n// The SDK's PSR-4 autoloader, where Composer would put one.\nrequire_once __DIR__ . '/../sdk/autoload.php';\n",
    },
  ],
  run: () => ['exec php main.php'],
};
