import path from 'node:path';
import { defaultBuildDir } from './paths';

/** The bench's command line (the usage is at the top of run.ts). */
export interface Options {
  runs: number;
  skipBuild: boolean;
  skipE2e: boolean;
  skipStats: boolean;
  skipPeer: boolean;
  waitQuiet: boolean;
  waitQuietMinutes: number;
  record: boolean;
  cachedBuilds: boolean;
  maxMinutes: number;
  outDir: string;
}

export function parseOptions(argv: string[]): Options {
  const options: Options = {
    runs: 5,
    skipBuild: false,
    skipE2e: false,
    skipStats: false,
    skipPeer: false,
    waitQuiet: false,
    waitQuietMinutes: 30,
    record: true,
    cachedBuilds: true,
    maxMinutes: Infinity,
    outDir: defaultBuildDir,
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--runs') options.runs = Number(argv[++index]);
    else if (arg.startsWith('--runs=')) options.runs = Number(arg.slice('--runs='.length));
    else if (arg === '--skip-build') options.skipBuild = true;
    else if (arg === '--skip-e2e') options.skipE2e = true;
    else if (arg === '--skip-stats') options.skipStats = true;
    else if (arg === '--skip-peer') options.skipPeer = true;
    else if (arg === '--wait-quiet') options.waitQuiet = true;
    else if (arg === '--wait-quiet-minutes') {
      options.waitQuiet = true;
      options.waitQuietMinutes = Number(argv[++index]);
    } else if (arg === '--no-record') options.record = false;
    else if (arg === '--no-cached-builds') options.cachedBuilds = false;
    else if (arg === '--out-dir') options.outDir = path.resolve(argv[++index]!);
    else if (arg === '--max-minutes') options.maxMinutes = Number(argv[++index]);
    else throw new Error(`Unknown option ${arg}: see the usage at the top of e2e/bench/run.ts.`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) {
    throw new Error(`--runs must be a positive integer (got ${options.runs}).`);
  }
  return options;
}
