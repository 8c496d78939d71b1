import { comparePages, renderReaderPaths } from '../peer/peerReport';
import type { BenchResults } from './BenchResults';
import { pageFigures } from './pageFigures';
import { pythonBeforeIntent } from './pythonBeforeIntent';
import { renderHeader } from './renderHeader';
import { renderPagesTable } from './renderPagesTable';
import { renderPeerSection } from './renderPeerSection';
import { renderPythonRunLoad } from './renderPythonRunLoad';
import { renderSummaryTable } from './renderSummaryTable';
import { renderTypeScriptRunLoad } from './renderTypeScriptRunLoad';

/** The report's Markdown, and the promises it found broken (the bench exits 1 on any). */
export interface Report {
  text: string;
  broken: string[];
}

/**
 * The run's section of RESULTS.md, one table after another: the summary against the budgets, the
 * peer comparison, Run on each reader path, every page, and what Run loads in TypeScript and in
 * Python.
 */
export function renderReport(results: BenchResults): Report {
  const pages = pageFigures(results);
  const pythonEarly = pythonBeforeIntent(results);
  const broken: string[] = [];
  if (pythonEarly.length > 0)
    broken.push(`Python runtime before intent (${pythonEarly.join(', ')})`);
  const peerComparisons = results.peer
    ? comparePages(results.pages, results.peer, results.snippetPages)
    : [];

  const out = [
    ...renderHeader(results),
    ...renderSummaryTable(results, pages, peerComparisons, pythonEarly),
    ...renderPeerSection(results, peerComparisons),
    `### TypeScript Run on every reader path (${results.runPage}, fresh browser context each)`,
    '',
    renderReaderPaths(results.readerPaths),
    '',
    ...renderPagesTable(results, pages),
    ...renderTypeScriptRunLoad(results),
    ...renderPythonRunLoad(results),
    `Logs of this run: ${results.logDir}`,
    '',
  ];
  return { text: out.join('\n'), broken };
}
