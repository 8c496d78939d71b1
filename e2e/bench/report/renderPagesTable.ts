import { kB, table, time, verdict } from '../markdown';
import { gzipLevel } from '../staticServer';
import type { BenchResults } from './BenchResults';
import type { PageFigures } from './pageFigures';

/** Every page: JS files and bytes until `load`, the ratio to a page without snippets, LCP, TBT. */
export function renderPagesTable(results: BenchResults, pages: PageFigures[]): string[] {
  const { budgets } = results;
  const baseline = pages.find((page) => page.path === results.baselinePage);
  return [
    `### Every page: JavaScript transferred until \`load\` (gzip level ${gzipLevel}, with response headers), LCP, TBT`,
    '',
    table(
      [
        'Page',
        'JS files',
        'JS transferred',
        'gzip bodies only',
        `Ratio to ${baseline ? baseline.path : 'a page without snippets'}`,
        'JS budget',
        'LCP median (min–max)',
        'TBT median (min–max)',
      ],
      pages.map((page) => [
        page.path + (page.path === results.baselinePage ? ' (no snippet)' : ''),
        String(page.files),
        page.js.min === page.js.max
          ? kB(page.js.median)
          : `${kB(page.js.median)} (${kB(page.js.min)}–${kB(page.js.max)})`,
        kB(page.body.median),
        baseline ? `${(page.js.median / baseline.js.median).toFixed(2)}×` : '–',
        verdict(page.js.median <= budgets.pageJsKB * 1000),
        `${time(page.lcp.median)} (${time(page.lcp.min)}–${time(page.lcp.max)})`,
        `${time(page.tbt.median)} (${time(page.tbt.min)}–${time(page.tbt.max)})`,
      ]),
    ),
    '',
  ];
}
