/**
 * What a language's in-page runtime gives the runner's host (`languages/<language>/runtime/`):
 * how its worker is bundled, the policy that worker lives under, and what it needs handed over
 * beyond its scripts (the worker has no network).
 */
export interface RuntimeKind {
  /** The worker's name (as devtools lists it). */
  name: string;
  /**
   * Starts the bundled worker entry with the literal `new Worker(new URL(…, import.meta.url))`
   * that bundlers compile a worker from; the sandbox captures the URL instead of starting it.
   */
  start(): void;
  /** The Content-Security-Policy the worker inherits (`runnerContentSecurityPolicy`, or more). */
  policy: string;
  /** Files the page fetches and hands to the worker at boot. */
  assets?(): Promise<Record<string, string | ArrayBuffer>>;
  /**
   * A runtime the page downloads (on intent) shows its progress under the editor: what it is
   * called there, and the download's progress now and as it changes.
   */
  download?: RuntimeDownloadSource;
}

export interface DownloadProgress {
  loadedBytes: number;
  totalBytes: number;
  done: boolean;
}

export interface RuntimeDownloadSource {
  /** The language and its runtime as the reader reads it, e.g. `Python (Pyodide)`. */
  label: string;
  /** What the language is called in "Starting …", e.g. `Python`. */
  language: string;
  subscribe(listener: (progress: DownloadProgress) => void): () => void;
  progress(): DownloadProgress;
}
