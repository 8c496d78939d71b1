import path from 'node:path';
import { log } from '../log';
import type { Options } from '../parseOptions';
import { siteDir } from '../paths';
import { generatePeer } from './generatePeer';

/** Where the peer site is generated and built. */
export interface PeerSite {
  site: string;
  outDir: string;
}

/** Generates the plain Docusaurus peer (built into the run's log folder); none with --skip-peer. */
export async function preparePeer(options: Options, logDir: string): Promise<PeerSite | undefined> {
  if (options.skipPeer) return undefined;
  const peer = { site: await generatePeer(siteDir), outDir: path.join(logDir, 'peer-build') };
  log(`peer site generated in ${path.relative(siteDir, peer.site)}`);
  return peer;
}
