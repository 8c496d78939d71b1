import path from 'node:path';
import { timedBuild } from '../build';
import { readChunkStats, type ChunkInfo } from '../chunkStats';
import type { Loads } from '../LoadSamples';
import { log } from '../log';
import type { Options } from '../parseOptions';
import { siteDir } from '../paths';
import { peerGeneratedFilesDir } from '../peer/generatePeer';
import type { PeerSite } from '../peer/preparePeer';

export interface BuildFigures {
  buildCold: number[];
  buildCached: number[];
  /** The peer's fresh-clone builds, each right after one of the project's (same load). */
  peerBuildCold: number[];
  chunkStats?: Map<string, ChunkInfo>;
}

/**
 * 1. Builds. Fresh-clone builds (no persistent cache) are the budgeted figure; cached builds are
 * what a developer's second build costs; a side build with a stats plugin names each chunk's parts.
 */
export async function measureBuilds(
  options: Options,
  logDir: string,
  load: Loads,
  where: { outDir?: string; generatedFilesDir?: string },
  peer: PeerSite | undefined,
): Promise<BuildFigures> {
  const figures: BuildFigures = { buildCold: [], buildCached: [], peerBuildCold: [] };
  const timedPeer = async (run: number, of: number) => {
    if (!peer) return;
    load.build.sample();
    const ms = await timedBuild({
      siteDir,
      site: peer.site,
      persistentCache: false,
      outDir: peer.outDir,
      generatedFilesDir: peerGeneratedFilesDir,
      logFile: path.join(logDir, `build-peer-${run}.log`),
    });
    figures.peerBuildCold.push(ms);
    log(`peer build without cache ${run}/${of}: ${(ms / 1000).toFixed(1)} s`);
  };
  const timed = async (persistentCache: boolean, label: string, into?: number[]) => {
    load.build.sample();
    const ms = await timedBuild({
      siteDir,
      persistentCache,
      ...where,
      logFile: path.join(logDir, `build-${label}.log`),
    });
    into?.push(ms);
    return ms;
  };
  if (!options.skipBuild) {
    for (let run = 1; run <= options.runs; run++) {
      const ms = await timed(false, `cold-${run}`, figures.buildCold);
      log(`build without cache ${run}/${options.runs}: ${(ms / 1000).toFixed(1)} s`);
      // Interleaved, so a burst of load elsewhere hits both sites' builds alike.
      await timedPeer(run, options.runs);
    }
    if (options.cachedBuilds) {
      // Prime Rspack's persistent cache, then time builds that use it.
      await timed(true, 'prime');
      for (let run = 1; run <= options.runs; run++) {
        const ms = await timed(true, `cached-${run}`, figures.buildCached);
        log(`build with cache ${run}/${options.runs}: ${(ms / 1000).toFixed(1)} s`);
      }
    }
  }
  // The peer is measured even when the project's build is reused: one build, still timed.
  if (options.skipBuild) await timedPeer(1, 1);
  if (!options.skipStats) {
    const statsFile = path.join(logDir, 'chunks.json');
    await timedBuild({
      siteDir,
      persistentCache: false,
      config: 'e2e/bench/stats.config.ts',
      outDir: path.join(logDir, 'stats-build'),
      generatedFilesDir: '.docusaurus/bench-stats',
      logFile: path.join(logDir, 'build-stats.log'),
      env: { BENCH_STATS_FILE: statsFile },
    });
    figures.chunkStats = readChunkStats(statsFile);
    log('stats side build done');
  }
  return figures;
}
