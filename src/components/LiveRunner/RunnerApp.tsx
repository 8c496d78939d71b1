import { useCallback, useEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import { prewarm, startRun, type RunHandle } from '@site/sandbox/runner/host/RunnerHost';
import { hasLargeDownload, typeChecksInEditor, type PageRunnableLanguage } from '@site/languages';
import CodeEditor, { loadTokenizer } from './CodeEditor';
import { detectIndentation } from './detectIndentation';
import { useEditedSource } from './editStore';
import type { InitialAction } from './InitialAction';
import OutputPanel from './OutputPanel';
import RuntimeDownload from './RuntimeDownload';
import { initialRunState, runReducer } from './runState';
import { getServerSettings } from './serverSettings';
import styles from './styles.module.css';

export { prewarm };

/**
 * Longest a run goes unshown on the page (its status "Running…", Stop): well under the ~100 ms
 * within which a response to a click still feels immediate.
 */
const showStartAfterMs = 50;

/** Starts loading the editor's highlighter and `language`'s grammar, so Edit opens highlighted. */
export function preloadEditor(language: PageRunnableLanguage): void {
  loadTokenizer(language).catch(() => undefined);
}

export interface RunnerAppProps {
  storageKey: string;
  fileName: string;
  runtime: PageRunnableLanguage;
  source: string;
  renderStatic: (actions: ReactNode) => ReactNode;
  initialAction: InitialAction;
}

/**
 * The runner, loaded on demand: the editor, the Run/Stop/Edit/Reset buttons and the Output
 * panel. State that must outlive a run (the reader's edits) lives in the edit store; the run's
 * output lives here, and this component stays mounted while its tab is hidden.
 */
export default function RunnerApp({
  storageKey,
  fileName,
  runtime,
  source,
  renderStatic,
  initialAction,
}: RunnerAppProps) {
  const [edited, setEdited] = useEditedSource(storageKey, source);
  const [editing, setEditing] = useState(initialAction === 'edit' || initialAction === 'restore');
  const [state, dispatch] = useReducer(runReducer, initialRunState);
  const [handle, setHandle] = useState<RunHandle>();
  const handleRef = useRef<RunHandle>(undefined);
  const runButtonRef = useRef<HTMLButtonElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  // Focus goes to the editor when the reader asked for it, not when restored edits open it.
  const focusEditor = useRef(initialAction === 'edit');
  const running = state.phase === 'running';
  const code = edited ?? source;
  // Read at Run time, not captured: the reader may have typed since the last render.
  const codeRef = useRef(code);
  codeRef.current = code;

  // Clears a pending "show the run started" of a run the reader already replaced.
  const cancelShowStart = useRef<() => void>(undefined);

  const run = useCallback(() => {
    handleRef.current?.dispose();
    cancelShowStart.current?.();
    // The page shows the run as started with its first news (output, a consent screen, its end),
    // or after `showStartAfterMs` if none came: a run that answers at once is drawn once, and
    // the click does no rendering while the worker is already running the code.
    let shown = false;
    const showStart = () => {
      if (shown) return;
      shown = true;
      clearTimeout(timer);
      dispatch({ type: 'start' });
      setHandle(next);
    };
    const timer = setTimeout(showStart, showStartAfterMs);
    cancelShowStart.current = () => {
      shown = true;
      clearTimeout(timer);
    };
    const next = startRun(
      { runtime, code: codeRef.current, fileName, settings: getServerSettings() },
      {
        onEvents: (events) => {
          showStart();
          dispatch({ type: 'events', events });
        },
        onConsent: (id, request) => {
          showStart();
          dispatch({ type: 'consent', id, request });
        },
        onDone: (outcome) => {
          showStart();
          dispatch({ type: 'done', outcome });
        },
      },
    );
    handleRef.current = next;
  }, [fileName, runtime]);

  const stop = useCallback(() => handleRef.current?.stop(), []);

  const answerConsent = useCallback(
    (decision: 'approve' | 'deny') => {
      if (!state.consent) return;
      handleRef.current?.decideConsent(state.consent.id, decision);
      dispatch({ type: 'consent-answered' });
      // The consent screen (and the focused button) goes away: keep keyboard users in place.
      runButtonRef.current?.focus();
    },
    [state.consent],
  );

  // The reader pressed Run or Edit in the shell before this chunk arrived: do it now.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    prewarm(runtime);
    if (initialAction === 'run') {
      runButtonRef.current?.focus();
      run();
    }
  }, [initialAction, run, runtime]);

  // Leaving the page (or the component) ends the run and frees its worker.
  useEffect(
    () => () => {
      cancelShowStart.current?.();
      handleRef.current?.dispose();
    },
    [],
  );

  const reset = () => {
    setEdited(undefined);
    setEditing(false);
    // The editor (and maybe the focused Reset button) disappear: land on Edit.
    requestAnimationFrame(() => editButtonRef.current?.focus());
  };

  const actions = (
    <>
      {running ? (
        <button
          ref={runButtonRef}
          type="button"
          className={`button button--sm button--danger ${styles.stopButton}`}
          onClick={stop}>
          Stop
        </button>
      ) : (
        <button
          ref={runButtonRef}
          type="button"
          className="button button--sm button--primary"
          onClick={run}>
          Run
        </button>
      )}
      {editing ? null : (
        <button
          ref={editButtonRef}
          type="button"
          className="button button--sm button--secondary"
          onPointerEnter={() => preloadEditor(runtime)}
          onFocus={() => preloadEditor(runtime)}
          onClick={() => {
            focusEditor.current = true;
            setEditing(true);
          }}>
          Edit
        </button>
      )}
      {editing || edited !== undefined ? (
        <button
          type="button"
          className="button button--sm button--secondary"
          disabled={edited === undefined}
          title={
            edited === undefined
              ? 'Nothing to reset: the code is the original'
              : 'Restore the original code'
          }
          onClick={reset}>
          Reset
        </button>
      ) : null}
    </>
  );

  return (
    <>
      {editing ? (
        <div className={styles.editorPanel}>
          <div className={styles.editorHeader}>
            <span className={styles.fileName}>
              {fileName}
              {edited !== undefined ? <span className={styles.editedMark}> (edited)</span> : null}
            </span>
            <span className={styles.actions}>{actions}</span>
          </div>
          <CodeEditor
            code={code}
            onChange={setEdited}
            label={`Edit ${fileName}`}
            autoFocus={focusEditor.current}
            language={runtime}
            indentation={detectIndentation(source)}
            typeCheckKey={typeChecksInEditor(runtime) ? storageKey : undefined}
          />
        </div>
      ) : (
        renderStatic(actions)
      )}
      {hasLargeDownload(runtime) ? <RuntimeDownload runtime={runtime} running={running} /> : null}
      <OutputPanel state={state} run={handle} onConsent={answerConsent} />
    </>
  );
}
