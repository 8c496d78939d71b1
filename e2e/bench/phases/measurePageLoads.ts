import type { Browser } from '@playwright/test';
import type { Loads } from '../LoadSamples';
import { log } from '../log';
import { measurePageLoad, type PageLoadSample } from '../pageLoad';
import type { Options } from '../parseOptions';

export interface PageLoadFigures {
  pageSamples: Map<string, PageLoadSample[]>;
  /** The peer's loads of the same paths (those it has), each right after the project's. */
  peerPageSamples: Map<string, PageLoadSample[]>;
}

/**
 * 2a. Every page's load (JS until `load`, LCP, TBT), and the peer's page of the same path right
 * after it.
 */
export async function measurePageLoads(
  options: Options,
  browser: Browser,
  site: { origin: string; paths: string[] },
  peer: { origin: string; paths: Set<string> } | undefined,
  load: Loads,
  runtimePath: RegExp,
): Promise<PageLoadFigures> {
  const { paths } = site;
  const peerPaths = peer?.paths ?? new Set<string>();
  const figures: PageLoadFigures = {
    pageSamples: new Map(paths.map((page) => [page, []])),
    peerPageSamples: new Map(paths.filter((page) => peerPaths.has(page)).map((page) => [page, []])),
  };
  // Round-robin over pages, project then peer, so a burst of load elsewhere does not hit one
  // page's every run, nor one site's.
  for (let run = 1; run <= options.runs; run++) {
    for (const page of paths) {
      load.pages.sample();
      figures.pageSamples
        .get(page)!
        .push(await measurePageLoad(browser, site.origin + page, runtimePath));
      const peerSamples = figures.peerPageSamples.get(page);
      if (peer && peerSamples) {
        peerSamples.push(await measurePageLoad(browser, peer.origin + page, runtimePath));
      }
    }
    log(
      `page loads ${run}/${options.runs} (${paths.length} pages${peer ? `, ${figures.peerPageSamples.size} of the peer's` : ''})`,
    );
  }
  return figures;
}
