/**
 * Imports an ES module from its text, in a runner worker that has no network: from a blob: URL,
 * or where the engine refuses that, from a data: URL of the same text. WebKit refuses a module
 * from a blob: URL in these workers ("Cross-origin script load denied": a blob: URL made in an
 * opaque origin is another origin to its module loader) but imports a data: URL (measured in
 * WebKitGTK 2.50; issue 21). A runtime that imports this way needs `blob: data:` in its
 * `script-src`.
 */
export async function importModuleText(text: string): Promise<unknown> {
  const blobUrl = URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
  try {
    return await import(/* webpackIgnore: true */ blobUrl);
  } catch {
    return await import(
      /* webpackIgnore: true */ `data:text/javascript;charset=utf-8,${encodeURIComponent(text)}`
    );
  } finally {
    URL.revokeObjectURL(blobUrl);
  }
}
