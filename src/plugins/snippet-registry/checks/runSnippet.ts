import { setupServer } from 'msw/node';
import * as sandbox from 'sandbox';
import * as sdk from 'sdk';
import { transform } from 'sucrase';
import type { RegistryProblem } from '../loadRegistry';
import type { RunExpectations } from '../metaSchema';
import { createMockOAuthServer } from '../../../../sandbox/mock-server';
import {
  errorHeadline,
  formatConsoleArgs,
  formatValue,
  registerClassNames,
} from '../../../../sandbox/runner/formatValue';

/** What one run printed, and how it ended. */
export interface SnippetRun {
  /** Console output, one entry per line, as the Output panel shows it. */
  lines: string[];
  /** How many consent screens the run showed. */
  consentScreens: number;
  /** The run showed a consent screen, but there was no `run.consent` to answer it. */
  consentUnanswered?: boolean;
  /** The uncaught error, as "Name: message", with the snippet line it came from if known. */
  uncaught?: { text: string; line?: number };
  /** Set when the run did not settle in time. */
  timedOut?: boolean;
}

const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<unknown>;

const sourceUrl = 'snippet-under-test.ts';

/** Lines V8 puts before a function body built from strings (measured, not assumed). */
const headerLines = (() => {
  const probe = new Function(`return new Error().stack;\n//# sourceURL=${sourceUrl}`);
  const match = new RegExp(`${sourceUrl.replaceAll('.', '\\.')}:(\\d+)`).exec(String(probe()));
  return match ? Number(match[1]) - 1 : 2;
})();

function errorLine(error: unknown): number | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  const match = new RegExp(`${sourceUrl.replaceAll('.', '\\.')}:(\\d+)`).exec(stack ?? '');
  return match ? Number(match[1]) - headerLines : undefined;
}

// Error names as the page shows them: the export names of SDK and sandbox classes.
registerClassNames(sdk);
registerClassNames(sandbox);

/** "OAuthProviderError: …", as the Output panel heads an uncaught error. */
function describe(error: unknown): string {
  return error instanceof Error ? errorHeadline(error) : formatValue(error);
}

/**
 * The console methods snippets use, each writing to `lines` with the page runner's own formatter,
 * so the patterns in meta.json see the text the Output panel shows.
 */
function captureConsole(
  lines: string[],
): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'> {
  const write = (...args: unknown[]): void => {
    lines.push(...formatConsoleArgs(args).split('\n'));
  };
  return { log: write, info: write, warn: write, error: write, debug: write };
}

/**
 * Runs TypeScript snippets in Node the way the page's runner does: types stripped (sucrase, which
 * keeps line numbers), `import` of `sdk` and `sandbox` bound to the real modules, top-level `await`
 * inside an async function, every `fetch` answered by the mock OAuth server under `msw/node`.
 * Each run gets a fresh server (no tokens or codes from an earlier snippet), the sandbox clock
 * back at real time, and a consent handler answering `run.consent`.
 */
export function createSnippetRunner(options: { timeoutMs?: number } = {}) {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });

  async function run(source: string, consent: RunExpectations['consent']): Promise<SnippetRun> {
    server.resetHandlers(...createMockOAuthServer().handlers);
    sandbox.clock.reset();
    const result: SnippetRun = { lines: [], consentScreens: 0 };
    sandbox.setConsentHandler(() => {
      result.consentScreens += 1;
      if (consent === undefined) {
        result.consentUnanswered = true;
        throw new Error('consent screen without "run.consent" in meta.json');
      }
      return consent;
    });

    const { code } = transform(source, {
      transforms: ['typescript', 'imports'],
      production: true,
      preserveDynamicImport: false,
    });
    const modules: Record<string, unknown> = { sdk, sandbox };
    const require = (name: string) => {
      if (name in modules) return modules[name];
      throw new Error(`Cannot find module '${name}': snippets can import 'sdk' and 'sandbox' only`);
    };
    const module = { exports: {} };
    const body = new AsyncFunction(
      'require',
      'module',
      'exports',
      'console',
      `${code}\n//# sourceURL=${sourceUrl}`,
    );

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const outcome = await Promise.race([
        body(require, module, module.exports, captureConsole(result.lines)),
        timeout,
      ]);
      if (outcome === 'timeout') result.timedOut = true;
    } catch (error) {
      const line = errorLine(error);
      result.uncaught = { text: describe(error), ...(line !== undefined && { line }) };
    } finally {
      clearTimeout(timer);
      sandbox.setConsentHandler(undefined);
      // The clock patches the global Date: leave real time behind for whatever runs next.
      sandbox.clock.reset();
    }
    return result;
  }

  return {
    run,
    close: () => server.close(),
  };
}

/**
 * Compares a run with its meta.json: every `run.expect` pattern must match some printed line, the
 * run must finish without an uncaught error (unless a pattern expects the "Uncaught …" line), and
 * `run.consent` must be set exactly when the run shows a consent screen.
 */
export function checkRun(
  run: SnippetRun,
  expectations: RunExpectations,
  files: { snippet: string; meta: string },
): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const lines = [...run.lines];
  if (run.uncaught !== undefined) lines.push(`Uncaught ${run.uncaught.text}`);
  const printed =
    lines.length === 0
      ? ' It printed nothing.'
      : `\n    It printed:\n${lines.map((line) => `      | ${line}`).join('\n')}`;

  if (run.consentUnanswered === true) {
    // The snippet then fails with the handler's error: that is this problem, not the snippet's.
    return [
      {
        file: files.meta,
        message: `the run shows a consent screen: say how the reader answers it with "consent": "approve" or "deny" in "run"`,
      },
    ];
  }
  if (run.timedOut === true) {
    problems.push({
      file: files.snippet,
      message: `the run did not finish within its time limit: is it waiting for something that never happens (a consent answer, an endless loop)?${printed}`,
    });
  }
  const uncaughtExpected =
    run.uncaught !== undefined &&
    expectations.expect.some((pattern) =>
      new RegExp(pattern).test(`Uncaught ${run.uncaught?.text}`),
    );
  if (run.uncaught !== undefined && !uncaughtExpected) {
    const where =
      run.uncaught.line !== undefined ? `${files.snippet}:${run.uncaught.line}` : files.snippet;
    problems.push({
      file: where,
      message: `the run threw ${run.uncaught.text}. Catch it in the snippet, or, if the page shows this error on purpose, add a "run.expect" pattern matching "Uncaught …" to ${files.meta}.${printed}`,
    });
  }
  expectations.expect.forEach((pattern, index) => {
    const regex = new RegExp(pattern);
    if (!lines.some((line) => regex.test(line))) {
      problems.push({
        file: files.meta,
        message: `"run.expect[${index}]" /${pattern}/ matches no line the run printed: fix ${files.snippet} or the pattern.${printed}`,
      });
    }
  });
  if (
    expectations.consent !== undefined &&
    run.consentScreens === 0 &&
    run.uncaught === undefined
  ) {
    problems.push({
      file: files.meta,
      message: `"run.consent" is "${expectations.consent}", but the run showed no consent screen: remove "run.consent"`,
    });
  }
  return problems;
}
