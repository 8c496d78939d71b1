import type { Language } from '../Language';

export default {
  key: 'php',
  label: 'PHP',
  file: 'php.php',
  grammar: 'php',
  reference: false,
  typeChecksInEditor: false,
  runsInPage: false,
} as const satisfies Language;
