import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

/** The 1-, 5- and 15-minute load averages, e.g. "0.42 / 1.10 / 2.03". */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
}

/**
 * Waits until the 1-minute load average is below `threshold` (other builds and tests on a shared
 * machine skew every timing), checking every 15 s, for at most `maxMinutes`. Returns whether the
 * machine got quiet.
 */
export async function waitForQuiet(threshold: number, maxMinutes: number): Promise<boolean> {
  const deadline = Date.now() + maxMinutes * 60_000;
  for (;;) {
    const [oneMinute] = os.loadavg();
    if (oneMinute! < threshold) return true;
    if (Date.now() >= deadline) return false;
    console.log(`  load ${loadAverage()}: waiting for < ${threshold} …`);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
}
