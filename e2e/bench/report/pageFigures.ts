import path from 'node:path';
import { lazyOnlyCategories } from '../budgets';
import { summarize, type Summary } from '../summary';
import { chunkOf, type BenchResults } from './BenchResults';

/** One page's load figures over the runs, as the summary and the pages table show them. */
export interface PageFigures {
  path: string;
  /** JS transferred until `load` (gzip bodies + response headers). */
  js: Summary;
  /** The gzip bodies only. */
  body: Summary;
  lcp: Summary;
  tbt: Summary;
  /** How many JS files the page loaded. */
  files: number;
  /** Page-load JS files holding parts that may load only on intent, with those parts. */
  eager: string[];
}

export function pageFigures(results: BenchResults): PageFigures[] {
  return results.pages.map((page) => {
    // Transferred = gzip body + response headers, as DevTools counts (the budget's baseline, 174.5
    // kB, is that figure: the same method gives 174.6 kB on a plain classic site).
    const js = summarize(page.samples.map((sample) => sample.jsTransferred));
    const body = summarize(page.samples.map((sample) => sample.jsBytes));
    const lcp = summarize(page.samples.map((sample) => sample.lcpMs));
    const tbt = summarize(page.samples.map((sample) => sample.tbtMs));
    const files = new Set(page.samples.flatMap((sample) => sample.js.map((file) => file.path)));
    const eager = [...files].flatMap((file) => {
      const chunk = chunkOf(results, file);
      const parts = lazyOnlyCategories.filter(
        (category) => (chunk?.composition[category] ?? 0) > 0,
      );
      return parts.length ? [`${path.posix.basename(file)} (${parts.join(', ')})`] : [];
    });
    return { path: page.path, js, body, lcp, tbt, files: files.size, eager };
  });
}
