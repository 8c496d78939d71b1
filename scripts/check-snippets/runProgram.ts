import { spawn } from 'node:child_process';
import type { Command } from '../../languages/LanguageHarness';

/** What one program printed, and how it ended. */
export interface ProgramOutcome {
  stdout: string;
  stderr: string;
  /** Exit status, or undefined when a signal (the time limit) ended it. */
  exitCode: number | undefined;
  timedOut: boolean;
}

/** Output beyond this is cut: a runaway loop of prints must not fill the check's memory. */
const MAX_OUTPUT = 1_000_000;

/** How long a program stopped with its harness's `stopSignal` may take to print its stack. */
const STOP_GRACE_MS = 2_000;

/**
 * Runs one command with extra environment variables and kills it (and its children: the process
 * group) when it outlives `timeoutMs`; with `stopSignal`, it first gets that signal, so that it
 * prints where it was (its stack), and is killed `STOP_GRACE_MS` later if still running.
 */
export function runProgram(
  command: Command,
  env: Record<string, string | undefined>,
  timeoutMs: number,
  stopSignal?: NodeJS.Signals,
): Promise<ProgramOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command.command, command.args, {
      cwd: command.cwd,
      env: { ...process.env, ...command.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so the time limit ends grandchildren too
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < MAX_OUTPUT) stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < MAX_OUTPUT) stderr += chunk;
    });
    const kill = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    let grace: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      if (stopSignal === undefined) return kill();
      child.kill(stopSignal);
      grace = setTimeout(kill, STOP_GRACE_MS);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      clearTimeout(grace);
      resolve({ stdout, stderr: `${stderr}${error.message}\n`, exitCode: 127, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      clearTimeout(grace);
      // A program that exits on its stop signal leaves its group behind: end that too.
      if (timedOut) kill();
      resolve({ stdout, stderr, exitCode: code ?? undefined, timedOut });
    });
  });
}
