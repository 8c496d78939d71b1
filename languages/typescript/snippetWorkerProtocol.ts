import type { RunExpectations } from '../../src/plugins/snippet-registry/metaSchema';
import type { UncaughtError } from '../LanguageHarness';

export type ToSnippetWorker = {
  type: 'run';
  source: string;
  consent: RunExpectations['consent'];
};

export type FromSnippetWorker =
  | { type: 'ready' }
  | { type: 'line'; line: string }
  | {
      type: 'done';
      consentScreens: number;
      consentUnanswered?: boolean;
      uncaught?: UncaughtError;
    };
