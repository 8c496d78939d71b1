/**
 * The page's half of loading Python: it downloads Pyodide's files from the site itself (the
 * runner worker has no network) once per page, reporting progress, and hands them to each Python
 * worker at boot, with the interpreter's memory snapshot made from them (`pythonSnapshot.ts`).
 * The browser's HTTP cache keeps the files for later pages: their folder name carries a hash of
 * their content.
 */
import runtime from '@generated/python-runtime/default/runtime.json';
import { snapshotAsset, type PyodideAssets } from './loadPyodideFromAssets';
import type { DownloadProgress } from '../../../sandbox/runner/core/RuntimeKind';
import { pythonSnapshot, storedSnapshot } from './pythonSnapshot';

const totalBytes = runtime.files.reduce((sum, file) => sum + file.bytes, 0);
let progress: DownloadProgress = { loadedBytes: 0, totalBytes, done: false };
const listeners = new Set<(progress: DownloadProgress) => void>();
let download: Promise<PyodideAssets> | undefined;
/** Whether a worker has been handed the files yet (the first boot waits for no snapshot). */
let handedOver = false;

function report(next: DownloadProgress): void {
  progress = next;
  for (const listener of listeners) listener(progress);
}

/** The download's progress now, and as it changes; returns the unsubscribe function. */
export function subscribeDownload(listener: (progress: DownloadProgress) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function downloadProgress(): DownloadProgress {
  return progress;
}

async function fetchFile(name: string, loaded: Map<string, number>): Promise<ArrayBuffer> {
  const url = new URL(`${runtime.indexURL}${name}`, document.baseURI).href;
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok || !response.body) throw new Error(`${url} answered HTTP ${response.status}`);
  const chunks: Uint8Array[] = [];
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded.set(name, (loaded.get(name) ?? 0) + value.byteLength);
    let sum = 0;
    for (const bytes of loaded.values()) sum += bytes;
    report({ loadedBytes: Math.min(sum, totalBytes), totalBytes, done: false });
  }
  return new Blob(chunks as BlobPart[]).arrayBuffer();
}

/**
 * Pyodide's files by name (text for its scripts and lock file, bytes for the rest) and, under
 * `snapshotAsset`, the snapshot a worker starts from: for the page's first Python worker only if
 * one is stored already (it does not wait for one to be made), for every later one made if need
 * be (see `pythonSnapshot.ts`).
 */
export async function pythonRuntimeAssets(): Promise<PyodideAssets> {
  const files = await downloadFiles();
  const first = !handedOver;
  handedOver = true;
  const snapshot = await (first ? storedSnapshot() : pythonSnapshot(files));
  // Made beside the first worker's boot, so the spare after the first run restores it at once.
  if (first && !snapshot) void pythonSnapshot(files);
  return snapshot ? { ...files, [snapshotAsset]: snapshot } : files;
}

function downloadFiles(): Promise<PyodideAssets> {
  download ??= (async () => {
    const loaded = new Map<string, number>();
    const buffers = await Promise.all(runtime.files.map((file) => fetchFile(file.name, loaded)));
    report({ loadedBytes: totalBytes, totalBytes, done: true });
    const decoder = new TextDecoder();
    return Object.fromEntries(
      runtime.files.map((file, index) => [
        file.name,
        /\.(m?js|json)$/.test(file.name) ? decoder.decode(buffers[index]) : buffers[index]!,
      ]),
    );
  })();
  // A failed download is tried again by the next boot.
  download.catch(() => {
    download = undefined;
    report({ loadedBytes: 0, totalBytes, done: false });
  });
  return download;
}
