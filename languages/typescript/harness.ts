/**
 * TypeScript's CI harness: the snippets run in Node the way the page's runner runs them, each in a
 * worker thread (snippetWorker.ts) against the mock server's handlers in process. The TypeScript
 * SDK's own tests are Vitest's (`npm run test:unit`).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RunExpectations } from '../../src/plugins/snippet-registry/metaSchema';
import type { InProcessHarness, SnippetRun, SnippetRunner } from '../LanguageHarness';
import { OAuthScopeEnum } from './sdk/OAuthScopeEnum';
import type { FromSnippetWorker } from './snippetWorkerProtocol';

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
    const worker = new Worker(workerBootstrap(), {
      eval: true,
      stdout: true,
      stderr: true,
      // The run answers from the in-process mock at the demo URLs: the SDK would follow
      // `npm run mock-server`'s variables if the writer's shell exported them.
      env: { ...process.env, SDK_AUTH_SERVER_URL: '', SDK_API_BASE_URL: '' },
    });
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
export function createSnippetRunner(options: { timeoutMs?: number } = {}): SnippetRunner {
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

export const harness: InProcessHarness = {
  kind: 'in-process',
  language: 'typescript',
  tools: [], // Node itself
  createRunner: createSnippetRunner,
  advise: (uncaught, snippet) =>
    uncaught.oauthError === 'insufficient_scope'
      ? requestScopeAdvice(uncaught.scope, snippet)
      : undefined,
};
