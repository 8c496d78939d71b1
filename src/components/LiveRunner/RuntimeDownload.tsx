import { useEffect, useState, useSyncExternalStore } from 'react';
import type { PageRunnableLanguage } from '@site/languages';
import type { RuntimeDownloadSource } from '@site/sandbox/runner/core/RuntimeKind';
import { runtimeDownload, whenReady } from '@site/sandbox/runner/host/RunnerHost';
import styles from './styles.module.css';

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

/**
 * A downloaded runtime's arrival (Pyodide for Python): a progress bar while it downloads (once
 * per page; later pages get it from the browser's cache), a line while it starts, and one line
 * saying so when this browser cannot run the language (the code stays readable and copyable).
 */
export default function RuntimeDownload({
  runtime,
  running,
}: {
  runtime: PageRunnableLanguage;
  running: boolean;
}) {
  const [source, setSource] = useState<RuntimeDownloadSource>();
  const [state, setState] = useState<{ ready: boolean; unsupported?: string }>({ ready: false });
  useEffect(() => {
    let current = true;
    runtimeDownload(runtime).then(
      (found) => current && setSource(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [runtime]);
  // Once, at mount: the spare this awaits is the one the first run takes. Asking again on every
  // run would boot a second Pyodide beside the one the run is starting (RunnerHost boots the next
  // spare itself, after the run).
  useEffect(() => {
    let current = true;
    whenReady(runtime).then(
      (info) => current && setState({ ready: true, unsupported: info.unsupported }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [runtime]);

  if (state.unsupported !== undefined) {
    return (
      <p className={styles.runtimeNote} role="note">
        {state.unsupported}
      </p>
    );
  }
  if (source === undefined) return null;
  return <Progress source={source} starting={!state.ready && running} />;
}

function Progress({ source, starting }: { source: RuntimeDownloadSource; starting: boolean }) {
  const progress = useSyncExternalStore(source.subscribe, source.progress, source.progress);
  if (!progress.done && progress.loadedBytes < progress.totalBytes) {
    const label = `Downloading ${source.label}: ${megabytes(progress.loadedBytes)} of ${megabytes(progress.totalBytes)} MB`;
    return (
      <div className={styles.runtimeNote} role="status">
        <label>
          {label}
          <progress
            className={styles.runtimeProgress}
            max={progress.totalBytes}
            value={progress.loadedBytes}
            aria-label={`${source.language} runtime download`}
          />
        </label>
      </div>
    );
  }
  if (starting) {
    return (
      <p className={styles.runtimeNote} role="status">
        Starting {source.language}…
      </p>
    );
  }
  return null;
}
