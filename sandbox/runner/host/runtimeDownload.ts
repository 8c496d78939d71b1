import { loadRuntime, type PageRunnableLanguage } from '../../../languages';
import type { RuntimeDownloadSource } from '../core/RuntimeKind';

/**
 * The download of `runtime`'s files, if the page downloads any (Pyodide for Python): what the
 * reader reads it as, and its progress, for the progress bar under the editor.
 */
export async function runtimeDownload(
  runtime: PageRunnableLanguage,
): Promise<RuntimeDownloadSource | undefined> {
  return (await loadRuntime(runtime)).download;
}
