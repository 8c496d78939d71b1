import fs from 'node:fs';
import path from 'node:path';

/**
 * The Go packages the in-page runner puts in the interpreter's file system, by import path: the
 * reference SDK (`sdk`, `sdk/clock`, `sdk/models`), the sandbox helper (`sandbox`) and the
 * runtime's glue (`runnerhost`). Yaegi finds a package `p` in `src/p/` (its GOPATH is empty, so
 * `src/` is relative to the file system's root). Also the runtime's `errorz` (package `errors`).
 */
export function goSourceRoots(siteDir: string): { importPath: string; folder: string }[] {
  const base = path.join(siteDir, 'languages', 'go');
  return [
    { importPath: 'sdk', folder: path.join(base, 'sdk') },
    { importPath: 'sandbox', folder: path.join(base, 'sandbox') },
    { importPath: 'runnerhost', folder: path.join(base, 'runtime', 'runnerhost') },
    // The runtime's stand-in for the standard library's errors package (its README says why).
    { importPath: 'errorz', folder: path.join(base, 'runtime', 'errorz') },
  ];
}

/** Every non-test `.go` file under the roots, keyed by its path in the interpreter (`src/sdk/…`). */
export function goSourceFiles(siteDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (folder: string, importPath: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        visit(full, `${importPath}/${entry.name}`);
      } else if (entry.name.endsWith('.go') && !entry.name.endsWith('_test.go')) {
        files[`src/${importPath}/${entry.name}`] = fs.readFileSync(full, 'utf8');
      }
    }
  };
  for (const root of goSourceRoots(siteDir)) {
    if (fs.existsSync(root.folder)) visit(root.folder, root.importPath);
  }
  return files;
}
