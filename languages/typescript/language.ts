import type { Language } from '../Language';

export default {
  key: 'typescript',
  label: 'TypeScript',
  file: 'typescript.ts',
  grammar: 'typescript',
  reference: true,
  typeChecksInEditor: true,
  runsInPage: true,
  largeDownload: false,
  runtime: () =>
    import(/* webpackChunkName: "typescript-runtime" */ './runtime').then(
      (module) => module.runtime,
    ),
} as const satisfies Language;
