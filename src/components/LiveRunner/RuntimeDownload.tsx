import { useEffect, useState, useSyncExternalStore } from 'react';
import { whenReady } from '@site/sandbox/runner/RunnerHost';
import {
  downloadProgress,
  subscribeDownload,
} from '@site/sandbox/sdk/python/runtime/pythonRuntimeAssets';
import styles from './styles.module.css';

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

/**
 * The Python runtime's arrival: a progress bar while Pyodide downloads (once per page; later
 * pages get it from the browser's cache), a line while it starts, and one line saying so when
 * this browser cannot run Python (the code stays readable and copyable).
 */
export default function RuntimeDownload({ running }: { running: boolean }) {
  const progress = useSyncExternalStore(subscribeDownload, downloadProgress, downloadProgress);
  const [state, setState] = useState<{ ready: boolean; unsupported?: string }>({ ready: false });
  // Once, at mount: the spare this awaits is the one the first run takes. Asking again on every
  // run would boot a second Pyodide beside the one the run is starting (RunnerHost boots the next
  // spare itself, after the run).
  useEffect(() => {
    let current = true;
    whenReady('python').then(
      (info) => current && setState({ ready: true, unsupported: info.unsupported }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  if (state.unsupported !== undefined) {
    return (
      <p className={styles.runtimeNote} role="note">
        {state.unsupported}
      </p>
    );
  }
  if (!progress.done && progress.loadedBytes < progress.totalBytes) {
    const label = `Downloading Python (Pyodide): ${megabytes(progress.loadedBytes)} of ${megabytes(progress.totalBytes)} MB`;
    return (
      <div className={styles.runtimeNote} role="status">
        <label>
          {label}
          <progress
            className={styles.runtimeProgress}
            max={progress.totalBytes}
            value={progress.loadedBytes}
            aria-label="Python runtime download"
          />
        </label>
      </div>
    );
  }
  if (!state.ready && running) {
    return (
      <p className={styles.runtimeNote} role="status">
        Starting Python…
      </p>
    );
  }
  return null;
}
