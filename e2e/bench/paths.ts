import path from 'node:path';

/** The repository root: the site the bench builds and measures. */
export const siteDir = path.resolve(__dirname, '..', '..');
/** Where `npm run build` writes, and the bench builds unless `--out-dir` says otherwise. */
export const defaultBuildDir = path.join(siteDir, 'build');
/** Every run appends its report here (unless `--no-record`). */
export const resultsFile = path.join(__dirname, 'RESULTS.md');
/** The page and snippet whose Run the bench times (TypeScript on every reader path, and
 * each language whose runtime is a large download). */
export const runPage = '/docs/client-credentials';
export const runSnippet = 'client-credentials/fetch-token';
