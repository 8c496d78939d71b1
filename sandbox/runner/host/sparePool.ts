/**
 * The spare-worker pool: one worker per runtime booted ahead of the run that will take it, so a
 * run starts warm; each run takes its spare and the next one boots after it. Browser-only.
 */
import type { ScenarioView } from '../core/protocol';
import { runnableLanguage, type PageRunnableLanguage } from '../../../languages';
import { parseFromWorker } from '../core/protocol';
import { createRunnerWorker, type RunnerWorker } from './sandboxedWorker';

type RuntimeKey = PageRunnableLanguage;

export interface ReadyInfo {
  scenarios: ScenarioView[];
  tokenLifetimeSeconds?: number;
  /** Why this browser cannot run the runtime's language, if it cannot. */
  unsupported?: string;
}

export interface Booting {
  worker: RunnerWorker;
  ready: Promise<ReadyInfo>;
  failed: boolean;
}

/** One spare worker per runtime, booted ahead of the run that will take it. */
const spares = new Map<RuntimeKey, Booting>();
let lastReady: ReadyInfo | undefined;
const readyListeners = new Set<(info: { scenarios: ScenarioView[] }) => void>();

function boot(runtime: RuntimeKey): Booting {
  const worker = createRunnerWorker(runtime);
  const booting: Booting = { worker, failed: false, ready: undefined as never };
  booting.ready = new Promise((resolve, reject) => {
    const onMessage = (event: Event) => {
      const parsed = parseFromWorker((event as MessageEvent<unknown>).data);
      if (!parsed.ok || parsed.message.type !== 'ready') return;
      worker.removeEventListener('message', onMessage);
      const info: ReadyInfo = {
        scenarios: parsed.message.scenarios,
        tokenLifetimeSeconds: parsed.message.tokenLifetimeSeconds,
        ...(parsed.message.unsupported !== undefined && {
          unsupported: parsed.message.unsupported,
        }),
      };
      lastReady = info;
      for (const listener of readyListeners) listener(info);
      resolve(info);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener(
      'error',
      (event) => {
        booting.failed = true;
        reject(new Error((event as ErrorEvent).message || 'the runner failed to start'));
      },
      { once: true },
    );
  });
  booting.ready.catch(() => undefined);
  return booting;
}

/** Boots a spare worker for `runtime` if there is none, so the next run starts warm. */
export function prewarm(runtime: RuntimeKey = runnableLanguage): void {
  const spare = spares.get(runtime);
  if (spare && !spare.failed) return;
  spare?.worker.terminate();
  spares.set(runtime, boot(runtime));
}

/**
 * Resolves when `runtime`'s spare worker is up, with what it reported (e.g. that this browser
 * cannot run the language); boots one if needed.
 */
export function whenReady(runtime: RuntimeKey = runnableLanguage): Promise<ReadyInfo> {
  prewarm(runtime);
  return spares.get(runtime)!.ready;
}

export function takeWorker(runtime: RuntimeKey): Booting {
  const spare = spares.get(runtime);
  const taken = spare && !spare.failed ? spare : boot(runtime);
  if (taken !== spare) spare?.worker.terminate();
  spares.delete(runtime);
  return taken;
}

/** The mock server's scenarios, once a worker has booted. */
export function scenarioList(): ScenarioView[] | undefined {
  return lastReady?.scenarios;
}

/** Calls `listener` whenever a worker reports the scenario list; returns an unsubscribe. */
export function onScenarios(listener: (info: { scenarios: ScenarioView[] }) => void): () => void {
  readyListeners.add(listener);
  return () => readyListeners.delete(listener);
}
