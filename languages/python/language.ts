import type { Language } from '../Language';
import { pythonSupport } from './runtime/pythonSupport';

export default {
  key: 'python',
  label: 'Python',
  file: 'python.py',
  grammar: 'python',
  reference: false,
  typeChecksInEditor: false,
  runsInPage: true,
  editorGrammar: () =>
    import(/* webpackChunkName: "editor-grammar-python" */ 'shiki/langs/python.mjs').then(
      (module) => module.default,
    ),
  largeDownload: true,
  unsupportedHere: pythonSupport,
  runtime: () =>
    import(/* webpackChunkName: "python-runtime" */ './runtime').then((module) => module.runtime),
} as const satisfies Language;
