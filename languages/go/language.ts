import type { Language } from '../Language';

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
  runtime: () =>
    import(/* webpackChunkName: "go-runtime" */ './runtime').then((module) => module.runtime),
} as const satisfies Language;
