import { comparePages, renderReaderPaths } from '../peer/peerReport';
import type { BenchResults } from './BenchResults';
import { pageFigures } from './pageFigures';
import { renderHeader } from './renderHeader';
import { renderPagesTable } from './renderPagesTable';
import { renderPeerSection } from './renderPeerSection';
import { renderRuntimeRunLoad } from './renderRuntimeRunLoad';
import { renderSummaryTable } from './renderSummaryTable';
import { renderTypeScriptRunLoad } from './renderTypeScriptRunLoad';
import { runtimeBeforeIntent } from './runtimeBeforeIntent';

/** The report's Markdown, and the promises it found broken (the bench exits 1 on any). */
export interface Report {
  text: string;
  broken: string[];
}

/**
 * The run's section of RESULTS.md, one table after another: the summary against the budgets, the
 * peer comparison, Run on each reader path, every page, and what Run loads in TypeScript and in
 * each language whose runtime is a large download (Python, Ruby, PHP, Go).
 */
export function renderReport(results: BenchResults): Report {
  const pages = pageFigures(results);
  const runtimesEarly = runtimeBeforeIntent(results);
  const broken: string[] = [];
  if (runtimesEarly.length > 0)
    broken.push(`In-page runtime before intent (${runtimesEarly.join(', ')})`);
  const peerComparisons = results.peer
    ? comparePages(results.pages, results.peer, results.snippetPages)
    : [];

  const out = [
    ...renderHeader(results),
    ...renderSummaryTable(results, pages, peerComparisons, runtimesEarly),
    ...renderPeerSection(results, peerComparisons),
    `### TypeScript Run on every reader path (${results.runPage}, fresh browser context each)`,
    '',
    renderReaderPaths(results.readerPaths),
    '',
    ...renderPagesTable(results, pages),
    ...renderTypeScriptRunLoad(results),
    ...results.languageRuns.flatMap((language) => renderRuntimeRunLoad(results, language)),
    `Logs of this run: ${results.logDir}`,
    '',
  ];
  return { text: out.join('\n'), broken };
}
