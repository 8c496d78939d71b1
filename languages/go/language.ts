import type { Language } from '../Language';
import { needsWebAssembly } from '../needsWebAssembly';

export default {
  key: 'go',
  label: 'Go',
  file: 'go.go',
  grammar: 'go',
  reference: false,
  typeChecksInEditor: false,
  runsInPage: true,
  editorGrammar: () =>
    import(/* webpackChunkName: "editor-grammar-go" */ 'shiki/langs/go.mjs').then(
      (module) => module.default,
    ),
  largeDownload: true,
  unsupportedHere: needsWebAssembly('Go'),
  runtime: () =>
    import(/* webpackChunkName: "go-runtime" */ './runtime').then((module) => module.runtime),
} as const satisfies Language;
