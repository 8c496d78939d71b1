import type { RunExpectations } from '../../../src/plugins/snippet-registry/metaSchema';

/** An error the snippet did not catch, as the Output panel heads it, with where it was thrown. */
export interface UncaughtError {
  /** "OAuthProviderError: …" */
  text: string;
  line?: number;
  column?: number;
  /** The RFC 6749 / RFC 6750 `error` code the error carries, e.g. `insufficient_scope`. */
  oauthError?: string;
  /** The scope the resource asked for (RFC 6750 `scope` challenge attribute), if any. */
  scope?: string;
}

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
