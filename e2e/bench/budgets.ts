/**
 * The performance budgets (issue 6). kB = 1000 bytes, as Chromium's DevTools counts.
 * Change a budget only with a reason in RESULTS.md; make the product faster first.
 */
export const budgets = {
  /** 1.10 × a plain Docusaurus 3.10.2 classic docs page (174.5 kB gzip JS, Chromium 156). */
  pageJsKB: 192,
  /**
   * TypeScript: click Run → first console line, first run after page load, on every reader path
   * (tab chosen on the page, on an earlier visit, `?sdk=typescript` link, client-side navigation):
   * issue 13's target (was 800 ms, one path).
   */
  runColdMs: 300,
  /** The same for the second run, on every reader path: issue 13's target (was 50 ms). */
  runWarmMs: 30,
  /**
   * Python's Run → first console line on a fresh visit: Pyodide (~13 MB raw) downloaded from
   * loopback on the hover before the click, booted in the runner worker, the snippet run.
   */
  pythonRunColdMs: 4000,
  /** Python's second Run on the page: the spare worker has Pyodide booted. */
  pythonRunWarmMs: 100,
  /**
   * Every other language whose runtime is a large download (Ruby's ruby.wasm, PHP's php-wasm,
   * Go's Yaegi): Run → first console line on a fresh visit, the runtime downloaded from loopback
   * on the hover before the click, booted, the snippet run; on a quiet machine.
   */
  largeRuntimeRunColdMs: 3000,
  /** Their second Run on the page: the spare worker has the runtime booted. */
  largeRuntimeRunWarmMs: 100,
  lcpMs: 1500,
  /** Total blocking time of every docs page, absolute (issue 13). */
  tbtMs: 200,
  /**
   * Ratios to the peer, the same docs built as a plain Docusaurus site (e2e/bench/peer/), taken in
   * the same run: the figures to hold, as they do not move with the machine's load (issue 13).
   */
  peer: {
    /** JavaScript transferred until `load`: about the peer's, or less. */
    jsRatio: 1.0,
    /** TBT on a page with snippets: at most half the peer's (seven Prism blocks per snippet). */
    tbtRatioWithSnippets: 0.5,
    /** TBT on a page without snippets: no more than the peer's. */
    tbtRatioWithoutSnippets: 1.0,
  },
  /** A bare classic site builds in 10–12 s on this machine. */
  buildMs: 18_000,
  /**
   * `npx playwright test e2e/examples.spec.ts`: every example in TypeScript and in Python (was
   * 90 s for TypeScript alone; one context per worker and one page per docs page make 60 s the
   * target for both).
   */
  examplesE2eMs: 60_000,
  /**
   * The recorded runs the Java and .NET tabs show (snippets/<id>/recorded/*.json, 174 files, 624
   * kB when first recorded; held by scripts/check-snippets/recording/recordingBudget.test.ts): a
   * tab fetches one, never with the page.
   */
  recordingsTotalKB: 1000,
  /** One recording (the largest was 8 kB raw, 2 kB gzip). */
  recordingKB: 16,
} as const;

/** The cold and warm Run budgets of a language whose runtime is a large download. */
export function largeRuntimeRunBudgets(key: string): { coldMs: number; warmMs: number } {
  return key === 'python'
    ? { coldMs: budgets.pythonRunColdMs, warmMs: budgets.pythonRunWarmMs }
    : { coldMs: budgets.largeRuntimeRunColdMs, warmMs: budgets.largeRuntimeRunWarmMs };
}

/**
 * What a page may not load until the reader asks for the runner: only the small shell (the Run
 * and Edit buttons and the code to load the rest) ships with the page.
 */
export const lazyOnlyCategories = [
  'runner worker',
  'sandbox environment',
  'SDK',
  'mock server',
  'transpiler (sucrase)',
  'MSW',
  'editor (react-live)',
  'in-page runtimes',
  'runtime packages',
] as const;
