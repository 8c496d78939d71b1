import type { Summary } from './summary';

/** The report's units and Markdown tables (kB = 1000 bytes, as Chromium's DevTools counts). */
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const time = (ms: number) =>
  ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
export const verdict = (ok: boolean) => (ok ? 'pass' : '**FAIL**');

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function table(header: string[], rows: string[][]): string {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}

/** A summary table's row: label, median, min, max, budget, result. */
export function timedRow(
  label: string,
  summary: Summary | undefined,
  budgetMs?: number,
  note?: string,
) {
  if (!summary)
    return [label, note ?? 'not measured', '', '', budgetMs ? `≤ ${time(budgetMs)}` : '–', '–'];
  return [
    label,
    time(summary.median),
    time(summary.min),
    time(summary.max),
    budgetMs ? `≤ ${time(budgetMs)}` : '–',
    budgetMs ? verdict(summary.median <= budgetMs) : 'info',
  ];
}
