/**
 * What each SDK language provides so that its snippets run against the mock OAuth server over
 * HTTP. One module per language, `languages/<language>/harness.ts`, exports `harness` of this
 * type; `harnesses.ts` lists them. Adding a language is adding a folder and an entry there.
 */
import type { LanguageKey } from '../../languages';

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

export interface LanguageHarness {
  language: LanguageKey;
  /** Every command `prepare` and the runs need; checked before anything runs. */
  tools: Tool[];
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
  /** The SDK's own unit tests, in the language's test tool. Exit status 0 = pass. */
  unitTests(workDir: string): Command;
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
