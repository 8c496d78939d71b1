import { renderPeerTable, type PageComparison } from '../peer/peerReport';
import type { BenchResults } from './BenchResults';

/** Every docs page against the plain Docusaurus peer; nothing with --skip-peer. */
export function renderPeerSection(
  results: BenchResults,
  peerComparisons: PageComparison[],
): string[] {
  if (peerComparisons.length === 0) return [];
  return [
    '### Every docs page against the peer (the same docs as a plain Docusaurus site, same run): project, peer, ratio',
    '',
    renderPeerTable(peerComparisons, results.budgets),
    '',
    'JS = transferred until `load` (gzip, with headers); LCP and TBT medians (min–max). Ratios are of the medians; they are the figures to hold, as load on the machine moves both sites alike.',
    '',
  ];
}
