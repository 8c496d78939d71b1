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

/**
 * Runs one command with extra environment variables and kills it (and its children: the process
 * group) when it outlives `timeoutMs`.
 */
export function runProgram(
  command: Command,
  env: Record<string, string | undefined>,
  timeoutMs: number,
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
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ stdout, stderr: `${stderr}${error.message}\n`, exitCode: 127, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, exitCode: code ?? undefined, timedOut });
    });
  });
}
