import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface Timed {
  ms: number;
  exitCode: number | null;
}

/**
 * Runs a command to completion, its output going to `logFile` (not the terminal: the bench prints
 * only its table), and returns its wall time. A non-zero exit throws with the log's tail unless
 * `allowFailure`.
 */
export async function timeCommand(
  command: string,
  args: readonly string[],
  options: {
    cwd: string;
    env?: NodeJS.ProcessEnv;
    logFile: string;
    /** Return the exit code instead of throwing (a failed e2e run is still timed). */
    allowFailure?: boolean;
  },
): Promise<Timed> {
  const log = fs.openSync(options.logFile, 'w');
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', log, log],
    });
    child.once('error', reject);
    child.once('close', resolve);
  });
  const ms = performance.now() - started;
  fs.closeSync(log);
  if (code !== 0 && !options.allowFailure) {
    const tail = fs.readFileSync(options.logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(
      `\`${command} ${args.join(' ')}\` exited with ${code} (full log: ${options.logFile}):\n${tail}`,
    );
  }
  return { ms, exitCode: code };
}
