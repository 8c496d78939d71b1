/// <reference lib="webworker" />
/**
 * Makes the Python runner's memory snapshot (see `pythonSnapshot.ts`): starts Pyodide from the
 * files the page hands over, imports every module of the SDK and the sandbox helper, and answers
 * the interpreter's memory. It runs no reader code and is ended as soon as it answers; the
 * snapshot is taken before any JavaScript module of the runner is registered, so it holds
 * nothing of a run.
 */
import {
  installSources,
  loadPyodideFromAssets,
  sdkModules,
  type PyodideAssets,
} from './loadPyodideFromAssets';

/** The page's request, and this worker's answer. */
export type SnapshotRequest = { assets: PyodideAssets };
export type SnapshotAnswer = { snapshot: ArrayBuffer } | { error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<SnapshotRequest>) => {
  scope.onmessage = null;
  try {
    const pyodide = await loadPyodideFromAssets(event.data.assets, { makeSnapshot: true });
    installSources(pyodide);
    pyodide.runPython(
      `import importlib\nfor name in ${JSON.stringify(sdkModules())}: importlib.import_module(name)`,
    );
    const bytes = pyodide.makeMemorySnapshot();
    // makeMemorySnapshot answers a view of a buffer of its own, exactly its size.
    const snapshot =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? (bytes.buffer as ArrayBuffer)
        : (bytes.slice().buffer as ArrayBuffer);
    scope.postMessage({ snapshot } satisfies SnapshotAnswer, [snapshot]);
  } catch (error) {
    scope.postMessage({
      error: error instanceof Error ? error.message : String(error),
    } satisfies SnapshotAnswer);
  }
};
