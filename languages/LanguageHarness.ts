/**
 * How `check-snippets` runs a language's snippets in CI, and `test:sdks` its SDK's own tests. Each
 * language's folder has one, `languages/<key>/harness.ts` exporting `harness` of this type, found
 * there by path (loadHarness.ts). It sits here, below both the languages and the command line
 * tools, so that a language's folder never imports `scripts/`.
 *
 * Two kinds: most languages compile their snippets into programs that run against the HTTP mock
 * server (`ProgramHarness`); the reference language runs each snippet in process, the way the
 * page's runner does (`InProcessHarness`).
 */
import type { RunExpectations } from '../src/plugins/snippet-registry/metaSchema';

/** A snippet file of the registry, as handed to a harness. */
export interface SnippetProgram {
  /** Registry id, e.g. `client-credentials/fetch-token`. */
  id: string;
  /** Path relative to the site root, e.g. `snippets/client-credentials/fetch-token/python.py`. */
  path: string;
  /** Absolute path of the snippet file. */
  file: string;
  /** The file's text. */
  source: string;
}

/** A problem found while preparing (compiling) programs, located in the snippet file if possible. */
export interface HarnessProblem {
  /** Site-relative path of the file at fault (the snippet, or an SDK file). */
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** How to start one prepared program (or a test suite). */
export interface Command {
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
}

/**
 * Something the harness needs from the machine, and the Debian package that provides it:
 * `.ci/run` installs the packages of whatever is missing.
 */
export interface Tool {
  /** A command on PATH (`javac`), or the absolute path of a file that must exist (a jar). */
  command: string;
  debianPackage: string;
}

export type LanguageHarness = ProgramHarness | InProcessHarness;

interface HarnessBase {
  /** The language's key: loadHarness.ts checks it against the folder the harness is in. */
  language: string;
  /** Every command `prepare` and the runs need; checked before anything runs. */
  tools: Tool[];
}

/** Runs each snippet as a program of its own, against the HTTP mock server. */
export interface ProgramHarness extends HarnessBase {
  kind: 'programs';
  /**
   * Compiles / prepares every program once, in `workDir` (an empty folder of its own). Returns
   * the command that runs each program that prepared cleanly (by id), and problems for those that
   * did not, pointing at the snippet's own line when the toolchain names one.
   */
  prepare(
    programs: SnippetProgram[],
    workDir: string,
  ): Promise<{ runs: Map<string, Command>; problems: HarnessProblem[] }>;
  /**
   * The snippet line an uncaught error's stderr points at (a traceback, a stack trace), if any.
   * Lines of wrappers the harness added are mapped back to the snippet's own lines.
   */
  locateError(
    stderr: string,
    program: SnippetProgram,
  ): { line: number; column?: number } | undefined;
  /**
   * The uncaught error (or, for a run stopped at its time limit, where it was) as the program's
   * output tells it: its kind, its own message without file paths, and the snippet's own frames,
   * innermost first; undefined when the output names no error. Without it, a failure is placed
   * by `locateError` alone and its stderr is shown as printed.
   */
  readFailure?(
    output: { stdout: string; stderr: string },
    program: SnippetProgram,
  ): RunFailure | undefined;
  /**
   * The signal that makes a program print where it is before it is killed at its time limit
   * (Python and Ruby raise on SIGINT, Go and the JVM and Mono dump their threads on SIGQUIT), or
   * undefined when the language cannot tell.
   */
  stopSignal?: NodeJS.Signals;
  /** The SDK's own unit tests, in the language's test tool. Exit status 0 = pass. */
  unitTests(workDir: string): Command;
}

/** An uncaught error as a harness reads it from a program's output. */
export interface RunFailure {
  /** The error's type as the language names it, without its package: `ArgumentError`, `panic`. */
  kind: string;
  /** The error's own message, with no file paths (they name temporary folders). */
  message: string;
  /** The frames in the snippet's own file, innermost first: where it failed, then its callers. */
  frames: SnippetFrame[];
}

/** One stack frame in the snippet's own file. */
export interface SnippetFrame {
  line: number;
  column?: number;
  /** The function or method running there, as the stack names it (`main`, `<module>`). */
  function?: string;
}

/**
 * Runs each snippet in this process's realm of tools (a worker thread), against the mock server's
 * handlers in process: the reference language, whose SDK and runner are the page's own. Its SDK's
 * unit tests are part of `npm run test:unit` (Vitest).
 */
export interface InProcessHarness extends HarnessBase {
  kind: 'in-process';
  /** A runner for many snippets in turn; `close` it when done. */
  createRunner(options?: { timeoutMs?: number }): SnippetRunner;
  /**
   * What to tell the writer about an uncaught error the harness understands better than a
   * generic "catch it" (a missing scope), or undefined. `snippet` is the file's site path.
   */
  advise(uncaught: UncaughtError, snippet: string): string | undefined;
}

export interface SnippetRunner {
  run(source: string, consent: RunExpectations['consent']): Promise<SnippetRun>;
  close(): Promise<void>;
}

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

/** What one run printed, and how it ended. */
export interface SnippetRun {
  /** Console output, one entry per line, as the Output panel shows it. */
  lines: string[];
  /** How many consent screens the run showed. */
  consentScreens: number;
  /** The run showed a consent screen, but there was no `run.consent` to answer it. */
  consentUnanswered?: boolean;
  /** The uncaught error, as "Name: message", with the snippet line it came from if known. */
  uncaught?: UncaughtError;
  /** Set when the run did not settle in time (the worker running it was terminated). */
  timedOut?: boolean;
}

/**
 * Environment every run and every unit-test command gets:
 * - `MOCK_SERVER_URL`: the HTTP mock server, e.g. `http://127.0.0.1:41234`; the authorization
 *   server is at `${MOCK_SERVER_URL}/auth`, the API at `${MOCK_SERVER_URL}/api/v1`, its controls at
 *   `${MOCK_SERVER_URL}/__control/...`.
 * - `SDK_AUTH_SERVER_URL`, `SDK_API_BASE_URL`: the same two base URLs; every SDK uses them as its
 *   defaults when set (a reader's own code can do the same against `npm run mock-server`).
 * - `SANDBOX_CONSENT`: `approve` or `deny`, how the `sandbox` helper answers a consent screen;
 *   unset when the snippet's meta.json has no `run.consent` (a consent screen is then an error).
 */
export type HarnessEnvironment = {
  MOCK_SERVER_URL: string;
  SDK_AUTH_SERVER_URL: string;
  SDK_API_BASE_URL: string;
  SANDBOX_CONSENT?: 'approve' | 'deny';
};
