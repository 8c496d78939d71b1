import { useEffect, useRef, useState, type ReactNode } from 'react';
import CodePanel from '@site/src/components/CodePanel';
import { useHydrated } from '@site/src/components/useHydrated';
import type { PageSnippetData } from '@site/src/plugins/snippet-registry';
import { runnableLanguage, unsupportedHere, type PageRunnableLanguage } from '@site/languages';
import { loadSnippetData } from '@site/src/components/Snippet/useSnippetData';
import { useEditedSource } from './editStore';
import { loadedRunner, loadRunner, preloadRunner, type RunnerComponent } from './loadRunner';
import type { InitialAction } from './InitialAction';
import { usePrewarm } from './usePrewarm';
import DownloadLink from '@site/src/components/DownloadLink';
import { RecordedRunOutput } from '@site/src/components/RecordedRun';
import { useSharedCode } from '@site/src/components/ShareLink/useSharedCode';
import shareStyles from '@site/src/components/ShareLink/styles.module.css';
import styles from './styles.module.css';

export interface RunnableCodeProps {
  /** Keys the reader's edits in sessionStorage: the snippet id, or page + code for a live block. */
  storageKey: string;
  fileName: string;
  /** The language, and so the runtime its code runs in. Default TypeScript. */
  runtime?: PageRunnableLanguage;
  /**
   * The original code; undefined when the page's data does not carry it (a language other than
   * TypeScript: its code is in the server-rendered HTML), then `loadSource` fetches it on intent.
   */
  source: string | undefined;
  loadSource?: () => Promise<string>;
  /** The highlighted, read-only view, with the runner's buttons placed in its header. */
  renderStatic: (actions: ReactNode) => ReactNode;
  /** The registry snippet this code is (not set for a live code block): edits get Share. */
  snippetId?: string;
}

/**
 * Code with Run / Edit / Reset. This shell is all a page ships: the editor, the runtime (the
 * transpiler, MSW and the SDK; for Python, Pyodide) load on the reader's first sign of intent
 * (hovering or focusing Run or Edit, or pressing them; for TypeScript also choosing its tab),
 * never with the page.
 */
export function RunnableCode({
  storageKey,
  fileName,
  runtime = runnableLanguage,
  source,
  loadSource,
  renderStatic,
  snippetId,
}: RunnableCodeProps) {
  const hydrated = useHydrated();
  const [loadedSource, setLoadedSource] = useState<string>();
  const original = source ?? loadedSource;
  const [edited] = useEditedSource(storageKey, original ?? '');
  const [activation, setActivation] = useState<InitialAction | undefined>(undefined);
  const [sourceError, setSourceError] = useState<string>();
  // Re-renders once the runner's chunk is here (the component itself is `loadedRunner()`); each
  // press of Run or Edit is a new attempt, so a failed download is tried again.
  const [, setRunnerArrived] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const ensureSource = (): Promise<string> => {
    if (original !== undefined) return Promise.resolve(original);
    if (!loadSource) return Promise.reject(new Error('this code has no source to run'));
    return loadSource().then((loaded) => {
      setLoadedSource(loaded);
      return loaded;
    });
  };
  const preload = (editor: boolean) => {
    preloadRunner(runtime, { editor });
    if (original === undefined) ensureSource().catch(() => undefined);
  };
  const activate = (action: 'run' | 'edit') => {
    setActivation(action);
    setAttempt((count) => count + 1);
    setSourceError(undefined);
    ensureSource().catch((error: unknown) =>
      setSourceError(error instanceof Error ? error.message : String(error)),
    );
  };
  const rootRef = useRef<HTMLDivElement>(null);

  // Edits kept from earlier in the session (e.g. before a reload) need the editor at once; once
  // the runner is up it stays up (a Reset must not take the Output away).
  useEffect(() => {
    if (edited !== undefined && activation === undefined) setActivation('restore');
  }, [edited, activation]);
  // Restored edits of code the page does not carry: its original is needed for Reset.
  useEffect(() => {
    if (activation === 'restore' && original === undefined && loadSource) {
      loadSource().then(setLoadedSource, () => undefined);
    }
  }, [activation, original, loadSource]);
  const active = activation !== undefined || edited !== undefined;
  const initialAction: InitialAction = activation ?? 'restore';
  // Rendered directly once loaded, never through React.lazy (see `loadedRunner`).
  const Runner: RunnerComponent | undefined = active ? loadedRunner() : undefined;
  useEffect(() => {
    if (!active || loadedRunner()) return;
    loadRunner().then(
      () => setRunnerArrived(true),
      (error: unknown) =>
        setSourceError(`the runner: ${error instanceof Error ? error.message : String(error)}`),
    );
  }, [active, attempt]);

  // A browser that cannot run the language (say, without WebAssembly) is told so in one line
  // instead of being offered Run, known from a feature check after hydration, before any of the
  // runtime loads; the code stays readable and copyable.
  const unsupported = hydrated ? unsupportedHere(runtime) : undefined;
  usePrewarm(rootRef, active || unsupported !== undefined ? undefined : runtime);

  if (unsupported !== undefined) {
    // The run CI recorded from this code stands in for the one this browser cannot make.
    return (
      <div className={styles.runner} ref={rootRef}>
        {renderStatic(null)}
        {snippetId === undefined ? (
          <p className={styles.runtimeNote} role="note">
            {unsupported}
          </p>
        ) : (
          <RecordedRunOutput id={snippetId} language={runtime} reason={unsupported} />
        )}
      </div>
    );
  }

  const idleActions = (
    <>
      <button
        type="button"
        className="button button--sm button--primary"
        disabled={!hydrated}
        onPointerEnter={() => preload(false)}
        onFocus={() => preload(false)}
        onClick={() => activate('run')}>
        Run
      </button>
      <button
        type="button"
        className="button button--sm button--secondary"
        disabled={!hydrated}
        onPointerEnter={() => preload(true)}
        onFocus={() => preload(true)}
        onClick={() => activate('edit')}>
        Edit
      </button>
    </>
  );

  const loadingView = (
    <>
      {edited === undefined ? (
        renderStatic(
          <>
            <button type="button" className="button button--sm button--primary" disabled>
              Run
            </button>
            <button type="button" className="button button--sm button--secondary" disabled>
              Edit
            </button>
          </>,
        )
      ) : (
        <pre className={styles.pendingEdit} aria-busy="true">
          {edited}
        </pre>
      )}
      {sourceError === undefined ? (
        <p className={styles.loading} role="status">
          Loading the runner…
        </p>
      ) : (
        <p className={styles.loading} role="alert">
          The code could not be loaded ({sourceError}). Check your connection and press Run again.
        </p>
      )}
    </>
  );

  return (
    <div className={styles.runner} ref={rootRef}>
      {active && (original === undefined || Runner === undefined || sourceError !== undefined) ? (
        sourceError === undefined ? (
          loadingView
        ) : (
          <>
            {renderStatic(idleActions)}
            <p className={styles.loading} role="alert">
              The code could not be loaded ({sourceError}). Check your connection and press Run
              again.
            </p>
          </>
        )
      ) : active && original !== undefined && Runner !== undefined ? (
        <Runner
          storageKey={storageKey}
          fileName={fileName}
          runtime={runtime}
          source={original}
          renderStatic={renderStatic}
          initialAction={initialAction}
          snippetId={snippetId}
        />
      ) : (
        renderStatic(idleActions)
      )}
    </div>
  );
}

/** A runnable tab of a `<Snippet>` (TypeScript, Python): the snippet's code, runnable in the page. */
export default function LiveRunner({
  snippet,
  language,
  fileName,
}: {
  /** The page's data: TypeScript in full; other languages' code is in the server-rendered HTML. */
  snippet: PageSnippetData;
  language: PageRunnableLanguage;
  fileName: string;
}) {
  const file = snippet.files[language];
  // TypeScript edits keep their key from before Python could run.
  const storageKey = language === runnableLanguage ? snippet.id : `${snippet.id}#${language}`;
  const sharedLinkProblem = useSharedCode(snippet.id, language, storageKey);
  const brokenLink =
    sharedLinkProblem === undefined ? null : (
      <p className={shareStyles.broken} role="alert">
        This shared link&apos;s code could not be opened: {sharedLinkProblem}. Here is the original
        example.
      </p>
    );
  const download = <DownloadLink snippetId={snippet.id} language={language} />;
  if (snippet.run === false) {
    return (
      <div className={styles.runner}>
        {brokenLink}
        <CodePanel fileName={fileName} source={file.source} html={file.html} actions={download} />
        <p className={styles.runNote}>
          <strong>Not runnable in the page.</strong> {snippet.runNote}
        </p>
      </div>
    );
  }
  return (
    <>
      {brokenLink}
      <RunnableCode
        storageKey={storageKey}
        snippetId={snippet.id}
        fileName={fileName}
        runtime={language}
        source={file.source}
        loadSource={() => loadSnippetData(snippet.id).then((data) => data.files[language].source)}
        renderStatic={(actions) => (
          <CodePanel
            fileName={fileName}
            source={file.source}
            html={file.html}
            actions={
              <>
                {actions}
                {download}
              </>
            }
          />
        )}
      />
    </>
  );
}
