import { execFileSync } from 'node:child_process';
import { siteDir } from './paths';

/** The commit measured, and whether the checkout had uncommitted changes. */
export function gitDescription(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: siteDir,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: siteDir,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    return dirty ? `${commit} + uncommitted changes` : commit;
  } catch {
    return 'not a git checkout';
  }
}
