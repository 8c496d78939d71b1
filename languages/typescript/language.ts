import type { Language } from '../Language';

export default {
  key: 'typescript',
  label: 'TypeScript',
  file: 'typescript.ts',
  grammar: 'typescript',
  reference: true,
  typeChecksInEditor: true,
  runsInPage: true,
  editorGrammar: () =>
    import(/* webpackChunkName: "editor-grammar-typescript" */ 'shiki/langs/typescript.mjs').then(
      (module) => module.default,
    ),
  largeDownload: false,
  // Plain JavaScript in a worker: every browser the site supports.
  unsupportedHere: () => undefined,
  runtime: () =>
    import(/* webpackChunkName: "typescript-runtime" */ './runtime').then(
      (module) => module.runtime,
    ),
} as const satisfies Language;
