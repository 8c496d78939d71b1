import path from 'node:path';
import { timeCommand } from './exec';

export interface BuildOptions {
  /** The project: where `node_modules/.bin/docusaurus` is, and the command's working directory. */
  siteDir: string;
  /** The site to build when it is not the project (the peer, `.bench-peer/`). */
  site?: string;
  logFile: string;
  /**
   * false: `DOCUSAURUS_NO_PERSISTENT_CACHE=1`, as on a fresh clone (no node_modules/.cache yet).
   * true: Rspack's persistent cache (on with `future.v4`), as on a developer's second build.
   */
  persistentCache: boolean;
  outDir?: string;
  config?: string;
  /** Relative to the site: keeps a side build's generated files away from `.docusaurus`. */
  generatedFilesDir?: string;
  env?: NodeJS.ProcessEnv;
}

/** One `docusaurus build` (the same binary `npm run build` runs); returns its wall time in ms. */
export async function timedBuild(options: BuildOptions): Promise<number> {
  const args = ['build'];
  if (options.site) args.push(options.site);
  if (options.outDir) args.push('--out-dir', options.outDir);
  if (options.config) args.push('--config', options.config);
  const env: NodeJS.ProcessEnv = { ...options.env };
  if (!options.persistentCache) env.DOCUSAURUS_NO_PERSISTENT_CACHE = '1';
  if (options.generatedFilesDir)
    env.DOCUSAURUS_GENERATED_FILES_DIR_NAME = options.generatedFilesDir;
  const { ms } = await timeCommand(
    path.join(options.siteDir, 'node_modules', '.bin', 'docusaurus'),
    args,
    { cwd: options.siteDir, env, logFile: options.logFile },
  );
  return ms;
}
