/// <reference lib="webworker" />
/**
 * The language-independent half of a runner worker: the run's own mock OAuth server (one per
 * worker, warmed while the worker is a spare, with the reader's settings), the sandboxed fetch
 * the code's HTTP goes through, the consent screen round trip to the page, the reader's controls during a run (clock, scenarios, expiry), the
 * lockdown before the code runs, and the messages to the page, all through the OutputGate.
 * A language's worker adds only how it loads, runs code and describes its errors.
 */
import * as environment from 'sandbox';
import {
  createMockOAuthServer,
  demo,
  SCOPE_DESCRIPTIONS,
  type MockOAuthServer,
  type ScenarioName,
} from '../../mock-server';
import { ConsentPendingError } from './ConsentPendingError';
import { EventBuffer } from './EventBuffer';
import { formatDuration } from './formatDuration';
import { intrinsics } from './intrinsics';
import { closeMembers, lockdown } from './lockdown';
import { OutputGate } from './OutputGate';
import { describeSafely, reportUncaught } from './reportUncaught';
import {
  parseToWorker,
  type FromWorker,
  type RunOutcome,
  type ScenarioView,
  type ServerSettings,
  type ToWorker,
} from './protocol';
import { createSandboxFetch } from './sandboxFetch';
import { toConsentView } from './toConsentView';

const now = () => performance.now();

/** An uncaught JavaScript error as a browser's console shows it: `Uncaught TypeError: …`. */
function describeJavaScriptError(error: unknown): string {
  return error instanceof Error
    ? `Uncaught ${error.name}: ${error.message}`
    : `Uncaught ${String(error)}`;
}

export class WorkerSession {
  readonly #post: (message: FromWorker) => void;
  #server: MockOAuthServer = createMockOAuthServer();
  #started = false;
  #lockedDown = false;
  #finished = false;
  /** The spare's warm-up is over: its server holds nothing a reset does not clear. */
  #warm = false;
  #consentId = 0;
  /** How the run's uncaught errors are described (the language's, from `catchUncaught`). */
  #describeUncaught: (error: unknown) => string = describeJavaScriptError;
  #pendingConsent: { id: number; resolve: (decision: 'approve' | 'deny') => void } | undefined;
  /** The run's output; undefined until a run starts. */
  output: EventBuffer | undefined;
  /**
   * The HTML pages this run's mock server answered: the only consent page HTML the page is sent.
   * Anything else came from the reader's code (issue 22). No prototype, so nothing the code adds
   * to `Object.prototype` is in it.
   */
  readonly #servedPages = Object.create(null) as Record<string, true>;
  /** Time the reader spent on consent screens: not the code's time. */
  consentMs = 0;
  /** The code's fetch: answered by this run's mock server, every exchange shown to the reader. */
  readonly fetch: typeof fetch;

  /** `postMessage` of the worker, captured before the code could replace it. */
  constructor(postMessage: (message: FromWorker) => void) {
    const gate = new OutputGate(postMessage);
    this.#post = (message) => gate.send(message);
    this.fetch = createSandboxFetch({
      handlers: () => this.#server.handlers,
      onExchange: (exchange) => this.output?.http({ kind: 'http', exchange }),
      mockedOrigins: [demo.authServerUrl, new URL(demo.apiBaseUrl).origin],
      onHtmlPage: (html) => {
        this.#servedPages[html] = true;
      },
    });
  }

  /**
   * A fetch for a spare's warm-up: answered by the same server instance the run will use, but
   * nothing is reported and the run's exchanges still start at #1.
   */
  warmUpFetch(): typeof fetch {
    return createSandboxFetch({ handlers: () => this.#server.handlers });
  }

  /** Says the warm-up is over, so the run may take its server (reset) instead of a new one. */
  warmedUp(): void {
    this.#warm = true;
  }

  post(message: FromWorker): void {
    this.#post(message);
  }

  scenarioViews(): ScenarioView[] {
    return this.#server.control.scenarios.map(({ name, label, description }) => ({
      name,
      label,
      description,
    }));
  }

  readyInfo(): { scenarios: ScenarioView[]; tokenLifetimeSeconds: number } {
    return {
      scenarios: this.scenarioViews(),
      tokenLifetimeSeconds: this.#server.control.tokenLifetimeSeconds,
    };
  }

  /** Starts the (only) run of this worker with a fresh server; false if one already started. */
  start(settings: ServerSettings): boolean {
    if (this.#started) return false;
    this.#started = true;
    const output = new EventBuffer((events) => this.#post({ type: 'events', events }));
    this.output = output;
    const lifetime = settings.tokenLifetimeSeconds;
    if (this.#warm && (!lifetime || lifetime === this.#server.control.tokenLifetimeSeconds)) {
      // The server the spare warmed up (its handlers already matched once), emptied of what the
      // warm-up left: tokens, codes, items, clock.
      this.#server.control.reset();
    } else {
      // A run that came before the warm-up ended (its request may still land) or other settings.
      this.#server = createMockOAuthServer(lifetime ? { tokenLifetimeSeconds: lifetime } : {});
    }
    const { control } = this.#server;
    for (const info of control.scenarios) {
      if (settings.scenarios[info.name]) control.setScenario(info.name, true);
    }
    // Scenarios can switch themselves off (apiUnauthorizedOnce): tell the reader.
    let last = JSON.stringify(control.scenarios);
    control.subscribe(() => {
      const current = JSON.stringify(control.scenarios);
      if (current === last) return;
      last = current;
      const on = control.scenarios.filter((info) => info.enabled).map((info) => info.label);
      output.note(`Scenarios on: ${on.join(', ') || 'none'}`);
    });
    return true;
  }

  /**
   * Shows a consent screen in the page and waits for the reader's answer. One at a time: the page
   * pauses the time limit only while one is open.
   */
  async askConsent(request: unknown): Promise<'approve' | 'deny'> {
    if (this.#pendingConsent) throw new ConsentPendingError();
    const id = ++this.#consentId;
    this.output?.flush();
    const asked = now();
    const decision = new Promise<'approve' | 'deny'>((resolve) => {
      this.#pendingConsent = { id, resolve };
    });
    const view = toConsentView(request, SCOPE_DESCRIPTIONS);
    if (view.html !== undefined && this.#servedPages[view.html] !== true) delete view.html;
    this.#post({ type: 'consent', id, request: view });
    try {
      return await decision;
    } finally {
      this.consentMs += now() - asked;
    }
  }

  /**
   * Closes the worker's doors before the reader's code runs (network, storage, loaders, the
   * channel to the page): the code keeps the sandboxed fetch and its output only. Once is enough:
   * a worker that has loaded all its code locks down while it is still a spare, so the run does
   * not pay for it; the run's own call then does nothing. A runtime whose HTTP client calls the
   * global fetch in its own way may install a wrapper of `this.fetch` as that global instead.
   */
  lockdown(scope: DedicatedWorkerGlobalScope, fetch: typeof globalThis.fetch = this.fetch): void {
    if (this.#lockedDown) return;
    this.#lockedDown = true;
    lockdown(globalThis, fetch);
    // The gate holds its own copy of postMessage, taken at load.
    closeMembers(scope, ['postMessage', 'close']);
  }

  /**
   * Ends the run: the output so far, then the outcome. Once: a runtime that crashed may still
   * reject the run's promise afterwards, and that says nothing new.
   */
  finish(outcome: RunOutcome): void {
    if (this.#finished) return;
    this.#finished = true;
    this.output?.flush();
    this.#post({ type: 'done', outcome });
  }

  /** The program ended the process itself (`os._exit(3)`, `exit(3)`): status 0 is a success. */
  exited(status: number, durationMs: number): void {
    if (status === 0) {
      this.output?.note('The program exited with status 0.');
      this.finish({ kind: 'ok', durationMs });
      return;
    }
    // No error name: `SystemExit` is Python's word, and Go's, Ruby's or PHP's exit is no exception.
    const message = `the program exited with status ${status}`;
    this.finish({
      kind: 'error',
      durationMs,
      error: { name: '', message, text: `The program exited with status ${status}.` },
    });
  }

  /** The runtime died (a fatal error of the interpreter): reported now, not at the time limit. */
  crashed(what: string): void {
    // A run already over (a Go program's timers failing after its exit) has nothing to add.
    if (this.#finished) return;
    this.output?.console('error', `The interpreter crashed: ${what}`);
    this.finish({ kind: 'crashed', message: `the interpreter crashed: ${what}` });
  }

  /**
   * Errors outside the run's awaited chain (a throwing timer or callback, a rejected promise
   * nobody awaits) go to the Output as console errors; unhandled, the worker would report them
   * to the page as its own failure and end the run. An error `isFatal` says the runtime cannot
   * survive (one that unwound through its WebAssembly, say) ends the run at once as a crash: the
   * run's promise would otherwise never settle, and the run wait for the time limit (issue 22).
   */
  catchUncaught(
    scope: DedicatedWorkerGlobalScope,
    describe: (error: unknown) => string = describeJavaScriptError,
    isFatal: (error: unknown) => boolean = () => false,
  ): void {
    this.#describeUncaught = describe;
    reportUncaught(
      scope,
      (text, error) => {
        if (isFatal(error))
          this.crashed(text.replace(/^(Uncaught |Unhandled promise rejection: )/, ''));
        else this.output?.console('error', text);
      },
      describe,
    );
  }

  #runFailed(error: unknown): void {
    this.crashed(describeSafely(this.#describeUncaught, error).replace(/^Uncaught /, ''));
  }

  /** The page's controls during a run (everything but `run`, which the language's worker owns). */
  handleControl(message: Exclude<ToWorker, { type: 'run' }>): void {
    switch (message.type) {
      case 'consent-decision': {
        const pending = this.#pendingConsent;
        if (pending?.id !== message.id) return;
        this.#pendingConsent = undefined;
        this.output?.note(
          message.decision === 'approve'
            ? 'You approved the consent request.'
            : 'You denied the consent request.',
        );
        pending.resolve(message.decision);
        return;
      }
      case 'advance-clock':
        environment.clock.advance(message.seconds);
        this.output?.note(
          `Clock advanced by ${formatDuration(message.seconds)}: it is now ${new Date().toISOString()} in the sandbox.`,
        );
        return;
      case 'expire-tokens':
        this.#server.control.expireTokens();
        this.output?.note('The mock server expired every access token issued so far.');
        return;
      case 'set-scenario':
        if (this.#server.control.scenarios.some((info) => info.name === message.name)) {
          this.#server.control.setScenario(message.name as ScenarioName, message.enabled);
        }
        return;
    }
  }

  /**
   * Listens for the page's messages (trusted events only: the code can dispatch synthetic ones on
   * its own global), parsed against the protocol, and hands `run` to `onRun` once `booted` has
   * settled (a run the page sends during a cold start waits for the runtime and its warm-up).
   * If the promise `onRun` returns rejects, the run is over: it ends at once as a crash (a runtime
   * that died mid-call rejects it: PHP's `pib_run` with a JavaScript error thrown through it). Left
   * unhandled, the rejection would reach the page as the worker's own error in Firefox, which
   * reports a worker's rejections even when its listener prevents them.
   */
  listen(
    scope: DedicatedWorkerGlobalScope,
    booted: Promise<unknown>,
    onRun: (run: Extract<ToWorker, { type: 'run' }>) => Promise<void>,
  ) {
    scope.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (!event.isTrusted) return;
      const parsed = parseToWorker(event.data);
      if (!parsed.ok) return;
      const message = parsed.message;
      if (message.type === 'run') {
        void booted.then(() => {
          // Through the worker's own `then`: the run's code may have replaced the prototype's.
          if (this.start(message.settings))
            intrinsics.then(onRun(message), undefined, (error) => this.#runFailed(error));
        });
      } else {
        this.handleControl(message);
      }
    });
  }
}
