/**
 * One browser tab of an engine the suites drive, whatever the protocol: Firefox through WebDriver
 * BiDi (`firefox.ts`), WebKit through classic WebDriver (`webkit.ts`). The suites use nothing
 * else, so both engines run exactly the same checks (`engineSuite.ts`).
 */
export interface EnginePage {
  /** Navigates to `path` (relative to the served build) and waits until React has hydrated. */
  goto(path: string): Promise<void>;
  /** The address of the page now (after client-side navigations too). */
  url(): Promise<string>;
  /**
   * Runs `body` in the page: a function expression's source, called with `args` (JSON values),
   * with `inPage.ts`'s helpers in scope. Its result must be JSON, and it must not be a promise.
   */
  evaluate<T>(body: string, ...args: unknown[]): Promise<T>;
  /** Real input: moves the pointer over the element (`selector`) and clicks it. */
  click(selector: string): Promise<void>;
  /** Real input: moves the pointer over the element. */
  hover(selector: string): Promise<void>;
  /** Presses a key with Control held (`Control+k`). */
  pressWithControl(key: string): Promise<void>;
  /** Types text into whatever has focus, key by key. */
  type(text: string): Promise<void>;
  /**
   * The page's problems since the last call: console errors, uncaught errors and unhandled
   * rejections, failed requests and HTTP error responses, each as one line.
   */
  takeProblems(): Promise<string[]>;
  /** A PNG of the viewport, for a failed test's report. */
  screenshot(): Promise<Buffer>;
}

export interface EngineBrowser {
  /** The engine and its version as the browser reports them, e.g. `firefox/153.8.0`. */
  version: string;
  /** The browser's one tab: every test of a suite shares it (one browser per engine). */
  page: EnginePage;
  close(): Promise<void>;
}

export interface Engine {
  /** `Firefox`, `WebKit`. */
  name: string;
  /**
   * How long a run may take to show its end, a start included: booting a language's runtime
   * compiles its WebAssembly afresh in each worker, which this engine may do far more slowly
   * than Chromium (the README's "Every engine" has the figures measured here).
   */
  runStartMs: number;
  /**
   * The in-page languages whose every example the suite runs; each other in-page language runs
   * one example (the first page's first), proving its runtime starts and runs in this engine.
   * Undefined: every example of every language. `ENGINES_EVERY_EXAMPLE=1` runs them all anyway.
   */
  everyExampleOf?: readonly string[];
  /**
   * Which containment cases (`containmentSuite.ts`) the suite runs per in-page language: `every`
   * case, only the cases about reaching a `host`, or none for a language not listed. Undefined:
   * every case of every language. `ENGINES_EVERY_EXAMPLE=1` runs them all anyway.
   */
  containmentCases?: Readonly<Record<string, 'every' | 'host'>>;
  /**
   * Containment cases this engine is known to fail, by test name, each with the reason measured:
   * shown skipped with it, so the gap stays in sight until it is fixed.
   */
  containmentGaps?: Readonly<Record<string, string>>;
  /**
   * What this engine reports of the hostile code's own doing, which the containment cases allow
   * (the Chromium suite sees none of these: Playwright tells a refused request by its `csp`
   * reason and does not report a worker's errors as the page's).
   */
  containmentAllowances?: {
    /** A request the worker's policy refused, reported as an error: the refusal is the point. */
    refusedByPolicy?: readonly RegExp[];
    /** Errors a worker handles that the engine still reports as the page's (exits, crashes). */
    workerErrors?: readonly RegExp[];
    /** What a worker terminated mid-run (the time limit, Stop) leaves reported. */
    workerEnded?: readonly RegExp[];
  };
  /** Why this machine cannot run the engine (a missing package), in one line; else undefined. */
  missing(): string | undefined;
  launch(baseURL: string): Promise<EngineBrowser>;
}
