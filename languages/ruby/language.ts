import type { Language } from '../Language';

export default {
  key: 'ruby',
  label: 'Ruby',
  file: 'ruby.rb',
  grammar: 'ruby',
  reference: false,
  typeChecksInEditor: false,
  runsInPage: false,
} as const satisfies Language;
