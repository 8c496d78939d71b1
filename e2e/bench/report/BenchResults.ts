import type { budgets as Budgets } from '../budgets';
import { chunkKey, type ChunkInfo } from '../chunkStats';
import type { MachineInfo } from '../machine';
import type { PageLoadSample } from '../pageLoad';
import type { PeerResults, ReaderPathResult } from '../peer/peerReport';
import type { LanguageRuns } from '../phases/measureRuns';
import type { RunSample } from '../runLatency';
import type { Summary } from '../summary';

/** Everything one bench run measured: what the report is rendered from (and results.json). */
export interface BenchResults {
  startedAt: Date;
  runs: number;
  machine: MachineInfo;
  chromiumVersion: string;
  git: string;
  buildLocation: string;
  loadAtStart: string;
  loadAtEnd: string;
  load: { build: string; pages: string; run: string; e2e: string };
  buildCold?: Summary;
  buildCached?: Summary;
  pages: { path: string; samples: PageLoadSample[] }[];
  baselinePage?: string;
  /** Pages whose built HTML has a snippet or a live code block. */
  snippetPages: string[];
  /** The plain Docusaurus peer, measured in the same run; undefined with --skip-peer. */
  peer?: PeerResults;
  /** TypeScript Run on every reader path (the first is `run`'s). */
  readerPaths: ReaderPathResult[];
  run: RunSample[];
  /**
   * The same snippet's tab in each language whose runtime is a large download (Python, Ruby, PHP,
   * Go), on a fresh visit each (the runtime downloaded cold).
   */
  languageRuns: LanguageRuns[];
  runPage: string;
  runSnippet: string;
  serviceWorkers: number;
  /** By chunk name or id ("343", "live-runner"); undefined when the stats build was skipped. */
  chunkStats?: Map<string, ChunkInfo>;
  gzipOf(sitePath: string): number;
  rawOf(sitePath: string): number;
  e2e?: Summary;
  e2eNote?: string;
  e2eRuns: number;
  /** Logs of e2e runs in which some test failed. */
  e2eFailures: string[];
  budgets: typeof Budgets;
  logDir: string;
}

/** The stats build's make-up of the chunk a served JS file belongs to, if it was measured. */
export function chunkOf(results: BenchResults, file: string): ChunkInfo | undefined {
  return results.chunkStats?.get(chunkKey(file));
}
