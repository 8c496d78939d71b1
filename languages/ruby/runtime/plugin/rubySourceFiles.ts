import fs from 'node:fs';
import path from 'node:path';

/**
 * The Ruby files the in-page runner writes into ruby.wasm's file system: the reference SDK and
 * the sandbox helper (`lib/`) and the runtime's own glue (`runtime/runner_host.rb`).
 */
export function rubySourceRoots(siteDir: string): string[] {
  const base = path.join(siteDir, 'languages', 'ruby');
  return [path.join(base, 'lib'), path.join(base, 'runtime')];
}

/** Every `.rb` file under the roots, keyed by its path relative to `languages/ruby/`. */
export function rubySourceFiles(siteDir: string): Record<string, string> {
  const base = path.join(siteDir, 'languages', 'ruby');
  const files: Record<string, string> = {};
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.rb')) {
        files[path.relative(base, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
      }
    }
  };
  for (const root of rubySourceRoots(siteDir)) if (fs.existsSync(root)) visit(root);
  return files;
}
