import type { Language } from '../Language';

export default {
  key: 'python',
  label: 'Python',
  file: 'python.py',
  grammar: 'python',
  reference: false,
  typeChecksInEditor: false,
  runsInPage: true,
  largeDownload: true,
  runtime: () =>
    import(/* webpackChunkName: "python-runtime" */ './runtime').then((module) => module.runtime),
} as const satisfies Language;
