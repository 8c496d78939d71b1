import type { Language } from '../Language';

export default {
  key: 'go',
  label: 'Go',
  file: 'go.go',
  grammar: 'go',
  reference: false,
  typeChecksInEditor: false,
  runsInPage: false,
} as const satisfies Language;
