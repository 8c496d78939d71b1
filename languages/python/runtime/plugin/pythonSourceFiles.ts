import fs from 'node:fs';
import path from 'node:path';

/**
 * The Python packages the in-page runner writes into Pyodide's file system: the reference SDK
 * (`sdk`), the sandbox helper (`sandbox`) and the runtime's own glue (`pyodide_host.py`).
 */
export function pythonSourceRoots(siteDir: string): string[] {
  const base = path.join(siteDir, 'languages', 'python');
  return [path.join(base, 'sdk'), path.join(base, 'sandbox'), path.join(base, 'runtime')];
}

/** Every `.py` file under the roots, keyed by its path relative to `languages/python/`. */
export function pythonSourceFiles(siteDir: string): Record<string, string> {
  const base = path.join(siteDir, 'languages', 'python');
  const files: Record<string, string> = {};
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__pycache__' && entry.name !== 'tests') visit(full);
      } else if (entry.name.endsWith('.py')) {
        files[path.relative(base, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
      }
    }
  };
  for (const root of pythonSourceRoots(siteDir)) if (fs.existsSync(root)) visit(root);
  return files;
}
