import fs from 'node:fs';
import path from 'node:path';

/**
 * What the in-page runner writes into PHP's virtual file system: the reference SDK (`src/`), the
 * sandbox helper (`sandbox/`), their autoloader and the runtime's own glue (`runtime/*.php`).
 * Not the tests or tools.
 */
export function phpSourceRoots(siteDir: string): string[] {
  const base = path.join(siteDir, 'languages', 'php');
  return [path.join(base, 'src'), path.join(base, 'sandbox'), path.join(base, 'runtime')];
}

/** Every `.php` file under the roots and `autoload.php`, keyed by path relative to `languages/php/`. */
export function phpSourceFiles(siteDir: string): Record<string, string> {
  const base = path.join(siteDir, 'languages', 'php');
  const files: Record<string, string> = {};
  const add = (full: string) => {
    files[path.relative(base, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
  };
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.php')) add(full);
    }
  };
  add(path.join(base, 'autoload.php'));
  for (const root of phpSourceRoots(siteDir)) if (fs.existsSync(root)) visit(root);
  return files;
}
