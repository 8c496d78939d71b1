import { clock } from 'sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pyodide } from './loadPyodideFromAssets';
import { ReplayRecord, type Waits } from './ReplayRecord';

afterEach(() => clock.reset());

/**
 * A stand-in for Pyodide whose "Python" is `program`: it prints through the record, waits through
 * `take` (stopping as pyodide_host's `Replay` does when there is no answer yet) and may advance
 * the clock, as the worker's `runner_host` lets Python do.
 */
interface Python {
  print(line: string): void;
  wait(kind: keyof Waits, args: unknown[]): unknown;
  advance(seconds: number): void;
}

function harness(program: (python: Python) => void) {
  const requests: string[] = [];
  const waits: Waits = {
    fetch: async (method, url) => {
      requests.push(`${method} ${url}`);
      return { status: 200, url, at: clock.offsetSeconds };
    },
    consent: async () => 'approve',
  };
  const record = new ReplayRecord(waits);
  const shown: string[] = [];
  let runs = 0;
  const python: Python = {
    print: (line) => void (record.shows() && shown.push(line)),
    wait(kind, args) {
      const answer = record.take(kind, JSON.stringify(args));
      if (answer === undefined) throw new Error('Replay');
      return answer;
    },
    advance(seconds) {
      clock.advance(seconds);
      record.advanced(seconds);
    },
  };
  const pyodide = {
    runPython: () => undefined,
    runPythonAsync: async () => {
      runs++;
      program(python);
    },
    globals: { get: () => () => ({}) },
  } as unknown as Pyodide;
  return {
    python,
    requests,
    shown,
    runs: () => runs,
    runToEnd: () => record.runToEnd(pyodide, 'program', {}),
  };
}

describe('ReplayRecord (Python without JSPI)', () => {
  it('runs a program that waits twice three times, each request once and each line once', async () => {
    const run = harness((python) => {
      python.print('start');
      const first = python.wait('fetch', ['POST', 'https://auth.example.com/oauth2/token']) as {
        status: number;
      };
      python.print(`token: ${first.status}`);
      python.wait('fetch', ['GET', 'https://api.example.com/v1/me']);
      python.print('done');
    });
    await run.runToEnd();
    expect(run.runs()).toBe(3);
    expect(run.requests).toEqual([
      'POST https://auth.example.com/oauth2/token',
      'GET https://api.example.com/v1/me',
    ]);
    expect(run.shown).toEqual(['start', 'token: 200', 'done']);
  });

  it("undoes the code's own clock advances before each new run, and answers at the clock where the code waited", async () => {
    const answers: number[] = [];
    const run = harness((python) => {
      python.advance(3600);
      const answer = python.wait('fetch', ['GET', 'https://api.example.com/v1/me']) as {
        at: number;
      };
      answers.push(answer.at);
    });
    await run.runToEnd();
    expect(answers).toEqual([3600]);
    expect(clock.offsetSeconds).toBe(3600);
  });

  it('fails, naming both, when the program asks for something else when run again', async () => {
    let count = 0;
    const run = harness((python) => {
      count++;
      python.wait('fetch', ['GET', `https://api.example.com/v1/items/${count}`]);
      python.wait('fetch', ['GET', 'https://api.example.com/v1/me']);
    });
    await expect(run.runToEnd()).rejects.toThrow(
      /asked for fetch .*items\/2.* where it first asked for fetch .*items\/1/,
    );
  });
});
