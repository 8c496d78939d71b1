import os from 'node:os';

/** Every 1-minute load average sampled during a phase, for the report. */
export class LoadSamples {
  private readonly values: number[] = [];
  sample() {
    this.values.push(os.loadavg()[0]!);
  }
  range(): string {
    if (this.values.length === 0) return '–';
    const min = Math.min(...this.values).toFixed(2);
    const max = Math.max(...this.values).toFixed(2);
    return min === max ? min : `${min}–${max}`;
  }
}

type Phase = 'build' | 'pages' | 'run' | 'e2e';

/** The load during each phase of the run. */
export type Loads = Record<Phase, LoadSamples>;

export function newLoads(): Loads {
  return {
    build: new LoadSamples(),
    pages: new LoadSamples(),
    run: new LoadSamples(),
    e2e: new LoadSamples(),
  };
}
