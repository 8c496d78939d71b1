import * as environment from 'sandbox';
import type { Pyodide } from './loadPyodideFromAssets';

/** What a Python program may wait for (the `runner_host` functions it awaits). */
export type Waits = {
  fetch(method: string, url: string, headers: string, body: string | undefined): Promise<unknown>;
  consent(view: string): Promise<string>;
};

type Kind = keyof Waits;
type Answer = { kind: Kind; args: string } & ({ value: unknown } | { error: unknown });

/**
 * Python without JavaScript Promise Integration (WebKit has none): Pyodide's `run_sync` cannot
 * wait for a promise, and a worker has no synchronous way to reach the mock server (its MSW
 * handlers are async; a `SharedArrayBuffer` channel needs cross-origin isolation, which
 * `docusaurus serve` and a plain static host do not give). So a program runs by replay: where it
 * waits for an answer not recorded yet, `take` says so and `pyodide_host` stops the run
 * (`Replay`); `runToEnd` gets the answer, records it, and runs the program again from the start,
 * each earlier wait answered at once from the record. A program that waits N times runs N + 1
 * times; the snippets wait a handful of times and run in milliseconds.
 *
 * What makes the runs the same: randomness seeded alike in every run of one program
 * (`replay_start`), the code's own clock advances undone before each new run, each console line
 * shown once (by its position), and every wait checked against the record: a program that asks
 * for something else when run again fails saying so rather than get another request's answer.
 */
export class ReplayRecord {
  #answers: Answer[] = [];
  #next = 0;
  #pending: { kind: Kind; args: string } | undefined;
  #shownLines = 0;
  #printedLines = 0;
  #codeAdvancedSeconds = 0;

  constructor(readonly waits: Waits) {}

  /**
   * The recorded answer to the program's next wait; undefined when there is none yet, and the
   * run must stop (Python raises `Replay`).
   */
  take(kind: Kind, args: string): unknown {
    if (this.#pending) return undefined;
    const answer = this.#answers[this.#next];
    if (answer === undefined) {
      this.#pending = { kind, args };
      return undefined;
    }
    if (answer.kind !== kind || answer.args !== args) {
      throw new Error(
        `Python ran again (this browser has no JavaScript Promise Integration, so a program runs again from the start after each answer it waits for) and asked for ${kind} ${args} where it first asked for ${answer.kind} ${answer.args}: such a program needs Chromium 137+ or Firefox 153+.`,
      );
    }
    this.#next++;
    if ('error' in answer) throw answer.error;
    return answer.value;
  }

  /** Whether a line the program prints now is shown: not if an earlier run showed it already. */
  shows(): boolean {
    // Stopping: what `finally` blocks print on the way out is not the program's output.
    if (this.#pending) return false;
    this.#printedLines++;
    if (this.#printedLines <= this.#shownLines) return false;
    this.#shownLines = this.#printedLines;
    return true;
  }

  /** The code moved the sandbox clock (undone before the next run, which moves it again). */
  advanced(seconds: number): void {
    this.#codeAdvancedSeconds += seconds;
  }

  /** Runs `code` to its end (see the class comment); the result or the error of its last run. */
  async runToEnd(pyodide: Pyodide, code: string, options: { filename?: string }): Promise<unknown> {
    this.#answers = [];
    this.#shownLines = 0;
    const seed = Math.floor(Math.random() * 2 ** 31);
    for (;;) {
      this.#next = 0;
      this.#printedLines = 0;
      this.#pending = undefined;
      pyodide.runPython(`import pyodide_host\npyodide_host.replay_start(${seed})`);
      let outcome: { value: unknown } | { error: unknown };
      try {
        outcome = {
          value: await pyodide.runPythonAsync(code, {
            ...options,
            globals: pyodide.globals.get('dict')(),
          }),
        };
      } catch (error) {
        outcome = { error };
      }
      // Read through a method: `take`, called from Python during the run, may have set it.
      const pending = this.#waiting();
      // (Also when the program caught `Replay` itself, e.g. with a bare `except:`.)
      if (pending === undefined) {
        if ('error' in outcome) throw outcome.error;
        return outcome.value;
      }
      // The answer, with the clock where the program left it.
      const args = JSON.parse(pending.args) as Parameters<Waits[Kind]>;
      const wait = this.waits[pending.kind] as (...args: unknown[]) => Promise<unknown>;
      try {
        this.#answers.push({ ...pending, value: await wait(...args) });
      } catch (error) {
        this.#answers.push({ ...pending, error });
      }
      this.#rewindClock();
    }
  }

  #waiting(): { kind: Kind; args: string } | undefined {
    return this.#pending;
  }

  #rewindClock(): void {
    const offset = environment.clock.offsetSeconds - this.#codeAdvancedSeconds;
    this.#codeAdvancedSeconds = 0;
    environment.clock.reset();
    if (offset > 0) environment.clock.advance(offset);
  }
}
