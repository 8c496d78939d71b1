import type { Language } from '../Language';

export default {
  key: 'csharp',
  label: '.NET',
  file: 'csharp.cs',
  grammar: 'csharp',
  reference: false,
  typeChecksInEditor: false,
  runsInPage: false,
} as const satisfies Language;
