import type { LanguageRegistration } from 'shiki/core';
import type { RuntimeKind } from '../sandbox/runner/core/RuntimeKind';

/**
 * A language's traits that the site reads, in the browser and at build time: every one is
 * required, so a language that leaves one out does not compile. Each language's folder exports
 * one (`languages/<key>/language.ts`), and `languages/index.ts` lists them. What only the command
 * line tools need (grammars, SDK names, templates, the CI harness) is its `tooling.ts` instead
 * (`LanguageTooling`), so none of it reaches a page.
 */
export type Language = LanguageBase & (InPage | NotInPage);

interface LanguageBase {
  /** The `?sdk=` value and the folder's name, e.g. `python`. */
  key: string;
  /** The tab's label, e.g. `.NET`. */
  label: string;
  /** The snippet file of this language in each snippet's folder, e.g. `python.py`. */
  file: string;
  /** Shiki's grammar for the snippet's code. */
  grammar: string;
  /**
   * The language every snippet's expectations are first proven in (in Node, with the page's own
   * SDK and mock server) and the other languages are compared with. Exactly one has it.
   */
  reference: boolean;
  /** The editor checks types as the reader types (a language service in a worker). */
  typeChecksInEditor: boolean;
}

interface InPage {
  /** Its tab has Run: its code runs in the page, in a sandboxed worker. */
  runsInPage: true;
  /**
   * The editor's Shiki grammar (the same as `grammar`, as Shiki's language module), in a chunk of
   * its own loaded on the way to Edit, so edited code keeps the static code's colours.
   */
  editorGrammar(): Promise<LanguageRegistration[]>;
  /**
   * Its runtime is a large download (Pyodide): fetched only on the reader's intent (hover or
   * focus on Run), with a progress bar; never prewarmed because a tab or panel shows.
   */
  largeDownload: boolean;
  /** The runtime, in a chunk of its own that only the runner loads. */
  runtime(): Promise<RuntimeKind>;
  /**
   * Why this browser cannot run the language, in one line the tab shows instead of Run (the code
   * stays readable and copyable); undefined where it can. A feature check the page makes before
   * it offers Run, so it must load nothing.
   */
  unsupportedHere(): string | undefined;
}

interface NotInPage {
  runsInPage: false;
}
