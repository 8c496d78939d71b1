import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { jsonLocations, locateJsonPath } from '../../../src/plugins/snippet-registry/jsonLocations';
import { at, type RegistryProblem } from '../../../src/plugins/snippet-registry/loadRegistry';
import type { RunExpectations } from '../../../src/plugins/snippet-registry/metaSchema';
import { OAuthScopeEnum } from '../../../languages/typescript/sdk/OAuthScopeEnum';
import type { FromSnippetWorker, UncaughtError } from './snippetWorkerProtocol';

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
 * The worker's entry, as code: Node 20 cannot start a worker from a `.ts` file, so the worker
 * registers tsx (which also maps `sdk` and `sandbox` through tsconfig.json's `paths`) and then
 * requires snippetWorker.ts. Resolved from the site root, as under `npm run` and vitest alike.
 */
function workerBootstrap(): string {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const tsx = require.resolve('tsx/cjs/api');
  const entry = path.join(__dirname, 'snippetWorker.ts');
  return `require(${JSON.stringify(tsx)}).register();\nrequire(${JSON.stringify(entry)});\n`;
}

function startWorker(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerBootstrap(), { eval: true, stdout: true, stderr: true });
    // What the SDK or msw print outside the snippet's console is not the snippet's output.
    worker.stdout.resume();
    let stderr = '';
    worker.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const onMessage = (message: FromSnippetWorker) => {
      if (message.type !== 'ready') return;
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      resolve(worker);
    };
    const onExit = (code: number) =>
      reject(
        new Error(`the snippet worker stopped (exit code ${code}) before it was ready:\n${stderr}`),
      );
    worker.on('message', onMessage);
    worker.once('exit', onExit);
    worker.once('error', reject);
  });
}

/**
 * Runs TypeScript snippets in Node the way the page's runner does (sandbox/runner's `transpile`
 * and `executeSnippet`), each in a worker thread (snippetWorker.ts) with `fetch` answered by the
 * mock OAuth server under `msw/node`, a fresh server and the sandbox clock at real time per run, and
 * the consent screen answered with `run.consent`.
 *
 * A run that does not settle within `timeoutMs` (an endless loop, synchronous or not, or a promise
 * that never resolves) is stopped by terminating its worker; the next run starts a new one.
 */
export function createSnippetRunner(options: { timeoutMs?: number } = {}) {
  const timeoutMs = options.timeoutMs ?? 10_000;
  let current: Promise<Worker> | undefined;

  function worker(): Promise<Worker> {
    if (current === undefined) {
      const started = startWorker();
      current = started;
      void started.then((ready) =>
        // An error after a run settled (a stray rejection) ends this worker; start afresh.
        ready.on('error', () => {
          if (current === started) current = undefined;
        }),
      );
    }
    return current;
  }

  async function run(source: string, consent: RunExpectations['consent']): Promise<SnippetRun> {
    const running = worker();
    const thread = await running;
    const result: SnippetRun = { lines: [], consentScreens: 0 };
    return new Promise((resolve) => {
      const discard = () => {
        if (current === running) current = undefined;
        void thread.terminate();
      };
      const finish = () => {
        clearTimeout(timer);
        thread.off('message', onMessage);
        thread.off('error', onError);
        thread.off('exit', onExit);
        resolve(result);
      };
      const onMessage = (message: FromSnippetWorker) => {
        if (message.type === 'line') result.lines.push(message.line);
        if (message.type !== 'done') return;
        result.consentScreens = message.consentScreens;
        if (message.consentUnanswered === true) result.consentUnanswered = true;
        if (message.uncaught !== undefined) result.uncaught = message.uncaught;
        finish();
      };
      // An error nothing in the snippet awaited (a rejection in a timer) ends the worker.
      const onError = (error: unknown) => {
        result.uncaught = {
          text: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        };
        discard();
        finish();
      };
      const onExit = (code: number) => {
        result.uncaught = { text: `Error: the snippet ended the run's thread (exit code ${code})` };
        if (current === running) current = undefined;
        finish();
      };
      const timer = setTimeout(() => {
        result.timedOut = true;
        discard();
        finish();
      }, timeoutMs);
      thread.on('message', onMessage);
      thread.on('error', onError);
      thread.on('exit', onExit);
      thread.postMessage({ type: 'run', source, consent });
    });
  }

  return {
    run,
    close: async () => {
      const running = current;
      current = undefined;
      if (running !== undefined) await (await running).terminate();
    },
  };
}

/**
 * What to do about `insufficient_scope` (RFC 6750 §3.1): the token was granted without the scope
 * the API asks for, so the fix is to request that scope, not to catch the error.
 */
function requestScopeAdvice(scope: string | undefined, snippet: string): string {
  const scopes = (scope ?? '').split(' ').filter(Boolean);
  const members = scopes.map((name) => {
    const member = Object.entries(OAuthScopeEnum).find(([, value]) => value === name)?.[0];
    return member !== undefined ? `OAuthScopeEnum.${member}` : `'${name}'`;
  });
  const which = scopes.length > 0 ? scopes.map((name) => `"${name}"`).join(' and ') : 'a';
  const list = members.length > 0 ? members.join(', ') : 'OAuthScopeEnum.WriteScope';
  return (
    `the token lacks the ${which} scope this API call needs. Request it: in ${snippet}, add ` +
    `\`oAuthScopes: [${list}]\` to the grant's credentials (e.g. clientCredentialsAuthCredentials, ` +
    `with \`import { OAuthScopeEnum } from 'sdk'\`), and request the same scope in the other six languages.`
  );
}

/**
 * Compares a run with its meta.json: every `run.expect` pattern must match some printed line, the
 * run must finish without an uncaught error (unless a pattern expects the "Uncaught …" line), and
 * `run.consent` must be set exactly when the run shows a consent screen.
 */
export function checkRun(
  run: SnippetRun,
  expectations: RunExpectations,
  files: {
    snippet: string;
    meta: string;
    /** meta.json's text, to point at the key's line. */ metaText?: string;
  },
): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const lines = [...run.lines];
  if (run.uncaught !== undefined) lines.push(`Uncaught ${run.uncaught.text}`);
  const printed =
    lines.length === 0
      ? ' It printed nothing.'
      : `\n    It printed:\n${lines.map((line) => `      | ${line}`).join('\n')}`;

  const locations = files.metaText !== undefined ? jsonLocations(files.metaText) : undefined;
  /** meta.json, at the line of `key` (a zod-style path like `run.expect.0`) when its text is known. */
  const meta = (key: string) =>
    locations !== undefined ? at(files.meta, locateJsonPath(locations, key)) : files.meta;

  if (run.consentUnanswered === true) {
    // The snippet then fails with the handler's error: that is this problem, not the snippet's.
    return [
      {
        file: meta('run'),
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
      message:
        run.uncaught.oauthError === 'insufficient_scope'
          ? `the run threw ${run.uncaught.text}: ${requestScopeAdvice(run.uncaught.scope, files.snippet)}${printed}`
          : `the run threw ${run.uncaught.text}. Catch it in the snippet, or, if the page shows this error on purpose, add a "run.expect" pattern matching "Uncaught …" to ${files.meta}.${printed}`,
    });
  }
  // A run that threw or hung printed too little for its patterns: that one problem says enough.
  if (run.timedOut === true || (run.uncaught !== undefined && !uncaughtExpected)) return problems;
  expectations.expect.forEach((pattern, index) => {
    const regex = new RegExp(pattern);
    if (!lines.some((line) => regex.test(line))) {
      problems.push({
        file: meta(`run.expect.${index}`),
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
      file: meta('run.consent'),
      message: `"run.consent" is "${expectations.consent}", but the run showed no consent screen: remove "run.consent"`,
    });
  }
  return problems;
}
