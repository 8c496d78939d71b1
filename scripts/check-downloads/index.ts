/**
 * `npm run check-downloads`: after `npm run build`, unzips one download per language from
 * `build/downloads/`, starts the built `mock-server.mjs` and runs each project's `run.sh`, holding
 * it to its snippet's `run.expect`. Prints each run's output; exit 1 on any problem.
 */
import path from 'node:path';
import { formatProblem } from '../check-snippets/toCheckProblem';
import { checkDownloads } from './checkDownloads';

const siteDir = path.resolve(__dirname, '../..');

checkDownloads(siteDir, path.join(siteDir, 'build'), (line) => console.log(line)).then(
  (problems) => {
    for (const problem of problems) console.log(formatProblem(problem));
    if (problems.length > 0) {
      console.log(`check-downloads: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
      process.exit(1);
    }
    console.log('check-downloads: every language ran as its README says');
  },
  (error: unknown) => {
    console.error('check-downloads failed:', error);
    process.exit(1);
  },
);
