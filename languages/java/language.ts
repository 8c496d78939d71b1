import type { Language } from '../Language';

export default {
  key: 'java',
  label: 'Java',
  file: 'java.java',
  grammar: 'java',
  reference: false,
  typeChecksInEditor: false,
  runsInPage: false,
} as const satisfies Language;
