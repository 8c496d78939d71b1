import type { Language } from '../Language';
import { needsWebAssembly } from '../needsWebAssembly';

export default {
  key: 'php',
  label: 'PHP',
  file: 'php.php',
  grammar: 'php',
  reference: false,
  typeChecksInEditor: false,
  runsInPage: true,
  editorGrammar: () =>
    import(/* webpackChunkName: "editor-grammar-php" */ 'shiki/langs/php.mjs').then(
      (module) => module.default,
    ),
  largeDownload: true,
  unsupportedHere: needsWebAssembly('PHP'),
  runtime: () =>
    import(/* webpackChunkName: "php-runtime" */ './runtime').then((module) => module.runtime),
} as const satisfies Language;
