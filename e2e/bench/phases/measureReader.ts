import { chromium } from '@playwright/test';
import type { findChromium } from '../../chromium';
import { sitemapPaths } from '../../sitemap';
import { anyRuntimePath, largeRuntimes } from '../largeRuntimes';
import type { Loads } from '../LoadSamples';
import type { Options } from '../parseOptions';
import type { PeerSite } from '../peer/preparePeer';
import { startStaticServer } from '../staticServer';
import { measurePageLoads, type PageLoadFigures } from './measurePageLoads';
import { measureRuns, type RunFigures } from './measureRuns';

export interface ReaderFigures extends PageLoadFigures, RunFigures {
  chromiumVersion: string;
  paths: string[];
}

/**
 * 2. The reader's side, in Chromium against the build served with gzip (and the peer's, served
 * the same way): page loads first, then Run.
 */
export async function measureReader(
  options: Options,
  buildDir: string,
  load: Loads,
  browserChoice: ReturnType<typeof findChromium>,
  peer: PeerSite | undefined,
): Promise<ReaderFigures> {
  const server = await startStaticServer(buildDir);
  const peerServer = peer ? await startStaticServer(peer.outDir) : undefined;
  // Only the docs pages are compared (the peer's home page is a stand-in for the navbar's link).
  const peerPaths = new Set(
    peer ? sitemapPaths(peer.outDir).filter((page) => page.startsWith('/docs')) : [],
  );
  const browser = await chromium.launch(
    browserChoice.kind === 'system'
      ? { executablePath: browserChoice.executablePath, args: browserChoice.args }
      : {},
  );
  const paths = sitemapPaths(buildDir);
  const runtimes = await largeRuntimes();
  try {
    const pageLoads = await measurePageLoads(
      options,
      browser,
      { origin: server.origin, paths },
      peerServer && { origin: peerServer.origin, paths: peerPaths },
      load,
      anyRuntimePath(runtimes),
    );
    const runs = await measureRuns(options, browser, server.origin, buildDir, load, runtimes);
    return { chromiumVersion: browser.version(), paths, ...pageLoads, ...runs };
  } finally {
    await browser.close();
    await server.close();
    await peerServer?.close();
  }
}
