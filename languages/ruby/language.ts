import type { Language } from '../Language';
import { needsWebAssembly } from '../needsWebAssembly';

export default {
  key: 'ruby',
  label: 'Ruby',
  file: 'ruby.rb',
  grammar: 'ruby',
  reference: false,
  typeChecksInEditor: false,
  runsInPage: true,
  editorGrammar: () =>
    import(/* webpackChunkName: "editor-grammar-ruby" */ 'shiki/langs/ruby.mjs').then(
      (module) => module.default,
    ),
  largeDownload: true,
  unsupportedHere: needsWebAssembly('Ruby'),
  runtime: () =>
    import(/* webpackChunkName: "ruby-runtime" */ './runtime').then((module) => module.runtime),
} as const satisfies Language;
