import { execFileSync } from 'node:child_process';
import { maskText } from '../../../sandbox/runner/core/maskSecrets';
import { runEvent, type RunEvent, type RunOutcome } from '../../../sandbox/runner/core/protocol';
import { recordingFormat, type Recording } from '../../../sandbox/runner/core/Recording';
import type { ProgramOutcome } from '../runProgram';
import type { UrlRewrite } from './RunRecorder';

/** The checkout's commit: asked once per process. */
let head: string | undefined;

/**
 * The checkout's commit, and whether the code the run depends on (`paths`: the snippet, the
 * language's folder, the mock server) differs from it: then the recording comes from that code
 * on top of the commit, and usually arrives in the next one.
 */
function readCheckout(cwd: string, paths: string[]): { commit: string; uncommitted: boolean } {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    head ??= git('rev-parse', '--short', 'HEAD').trim();
    return {
      commit: head,
      uncommitted: git('status', '--porcelain', '--', ...paths).trim() !== '',
    };
  } catch {
    return { commit: '', uncommitted: false };
  }
}

/** The line of stderr that names the error, for the Output's status line. */
function errorLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    lines.find((line) => /(Exception|Error|panic)\b/.test(line)) ??
    lines.at(-1) ??
    'the program exited with a non-zero status and printed no error'
  );
}

/** A program's end as the live runner's `RunOutcome` says it. */
function toOutcome(outcome: ProgramOutcome, durationMs: number, rewrite: UrlRewrite): RunOutcome {
  const rounded = Math.round(durationMs);
  if (outcome.exitCode === 0) return { kind: 'ok', durationMs: rounded };
  if (outcome.timedOut) {
    const message = 'the program did not finish in time and was stopped';
    return {
      kind: 'error',
      durationMs: rounded,
      error: { name: 'Timeout', message, text: `The ${message}.` },
    };
  }
  const text = maskText(rewrite(errorLine(outcome.stderr)));
  const name = /([A-Z]\w*(?:Exception|Error))\b/.exec(text)?.[1] ?? 'Error';
  return {
    kind: 'error',
    durationMs: rounded,
    error: { name, message: text, text },
  };
}

/**
 * One program run as a recording: its printed lines as printed (the page's console masks nothing
 * either: what a snippet prints is its own output, and each prints at most a token's first
 * characters), the exchanges and notes the mock server recorded, masked as the page masks them,
 * and how it ended; every event cut to the page's output caps exactly as a worker's are.
 */
export function recordRun(input: {
  id: string;
  language: string;
  key: string;
  outcome: ProgramOutcome;
  durationMs: number;
  traffic: RunEvent[];
  rewrite: UrlRewrite;
  siteDir: string;
  now?: Date;
}): Recording {
  const { outcome, rewrite } = input;
  const lines = outcome.stdout.replace(/\r/g, '').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const printed: RunEvent[] = lines.map((line) => ({
    kind: 'console',
    level: 'log',
    text: rewrite(line),
  }));
  const ending = toOutcome(outcome, input.durationMs, rewrite);
  if (ending.kind === 'error')
    printed.push({ kind: 'console', level: 'error', text: ending.error.text });
  const { commit, uncommitted } = readCheckout(input.siteDir, [
    `snippets/${input.id}`,
    // Recordings written earlier in this run are not code.
    `:(exclude)snippets/${input.id}/recorded`,
    `languages/${input.language}`,
    'sandbox/mock-server',
  ]);
  return {
    format: recordingFormat,
    snippet: input.id,
    language: input.language,
    key: input.key,
    recordedAt: (input.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z'),
    commit,
    uncommitted,
    events: [...printed, ...input.traffic].map((event) => runEvent(event, 'event', 'cut')),
    outcome: ending,
  };
}
