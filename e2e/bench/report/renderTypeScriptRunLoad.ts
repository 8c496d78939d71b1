import path from 'node:path';
import { describeComposition, type Category, type ChunkInfo } from '../chunkStats';
import { kB, table } from '../markdown';
import { chunkOf, type BenchResults } from './BenchResults';

/** Bytes of a chunk's gzip size attributed to each category, by its share of source bytes. */
function attribute(chunk: ChunkInfo | undefined, gzip: number): Partial<Record<Category, number>> {
  if (!chunk) return {};
  const entries = Object.entries(chunk.composition) as [Category, number][];
  const total = entries.reduce((sum, [, size]) => sum + size, 0);
  const out: Partial<Record<Category, number>> = {};
  for (const [category, size] of entries) out[category] = total ? (gzip * size) / total : 0;
  return out;
}

/**
 * What the runner costs, loaded on intent: each file the TypeScript tab and Run fetched, what it
 * is made of, and (with the stats build) the total by part.
 */
export function renderTypeScriptRunLoad(results: BenchResults): string[] {
  const out: string[] = [];
  const afterIntent = [...new Set(results.run.flatMap((sample) => sample.jsAfterIntent))];
  out.push(
    `### Loaded when the reader chooses the TypeScript tab and presses Run (${results.runPage})`,
  );
  out.push('');
  if (afterIntent.length === 0) {
    out.push('No run was measured.');
    return out;
  }
  const byCategory: Partial<Record<Category, number>> = {};
  let total = 0;
  const fileRows = afterIntent.map((file) => {
    const gzip = results.gzipOf(file);
    total += gzip;
    for (const [category, bytes] of Object.entries(attribute(chunkOf(results, file), gzip))) {
      byCategory[category as Category] = (byCategory[category as Category] ?? 0) + bytes;
    }
    return [
      path.posix.basename(file),
      results.chunkStats ? describeComposition(chunkOf(results, file), 4) : '–',
      kB(results.rawOf(file)),
      kB(gzip),
    ];
  });
  fileRows.push(['**Total**', '', '', `**${kB(total)}**`]);
  out.push(table(['File', 'Made of (share of source bytes)', 'Minified', 'gzip'], fileRows));
  out.push('');
  if (results.chunkStats) {
    const parts = (Object.entries(byCategory) as [Category, number][]).sort((a, b) => b[1] - a[1]);
    out.push(
      'By part (gzip; where one chunk holds several parts, its gzip size is split by their share of ' +
        'its source bytes, so these are estimates):',
    );
    out.push('');
    out.push(
      table(
        ['Part', 'gzip'],
        [
          ...parts.map(([category, bytes]) => [category, `≈ ${kB(bytes)}`]),
          [
            'service worker',
            results.serviceWorkers === 0
              ? 'none registered: the runner answers `fetch` with MSW’s handler API (`getResponse`) inside its Web Worker'
              : `${results.serviceWorkers} registered`,
          ],
        ],
      ),
    );
    out.push('');
  }
  return out;
}
