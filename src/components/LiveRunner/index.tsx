import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import CodePanel from '@site/src/components/CodePanel';
import { useHydrated } from '@site/src/components/useHydrated';
import type { PageSnippetData } from '@site/src/plugins/snippet-registry';
import { useEditedSource } from './editStore';
import { LazyRunnerApp, preloadRunner, runnerComponent, type RunnerComponent } from './loadRunner';
import styles from './styles.module.css';

export type InitialAction = 'run' | 'edit' | 'restore' | null;

export interface RunnableCodeProps {
  /** Keys the reader's edits in sessionStorage: the snippet id, or page + code for a live block. */
  storageKey: string;
  fileName: string;
  /** The original code. */
  source: string;
  /** The highlighted, read-only view, with the runner's buttons placed in its header. */
  renderStatic: (actions: ReactNode) => ReactNode;
}

/**
 * TypeScript code with Run / Edit / Reset. This shell is all a page ships: the editor, the
 * transpiler, MSW and the SDK load on the reader's first sign of intent (choosing or focusing the
 * TypeScript tab, hovering or focusing Run or Edit, or pressing them), never with the page.
 */
export function RunnableCode({ storageKey, fileName, source, renderStatic }: RunnableCodeProps) {
  const hydrated = useHydrated();
  const [edited] = useEditedSource(storageKey, source);
  const [activation, setActivation] = useState<InitialAction | undefined>(undefined);
  // Chosen once, when the reader activates the runner: switching component types later would
  // remount the runner and lose its state.
  const [Runner, setRunner] = useState<RunnerComponent>(() => LazyRunnerApp);
  const activate = (action: 'run' | 'edit') => {
    setRunner(() => runnerComponent());
    setActivation(action);
  };
  const rootRef = useRef<HTMLDivElement>(null);

  // Edits kept from earlier in the session (e.g. before a reload) need the editor at once; once
  // the runner is up it stays up (a Reset must not take the Output away).
  useEffect(() => {
    if (edited !== undefined && activation === undefined) setActivation('restore');
  }, [edited, activation]);
  const active = activation !== undefined || edited !== undefined;
  const initialAction: InitialAction = activation ?? 'restore';

  useTabIntent(rootRef, active);

  const idleActions = (
    <>
      <button
        type="button"
        className="button button--sm button--primary"
        disabled={!hydrated}
        onPointerEnter={preloadRunner}
        onFocus={preloadRunner}
        onClick={() => activate('run')}>
        Run
      </button>
      <button
        type="button"
        className="button button--sm button--secondary"
        disabled={!hydrated}
        onPointerEnter={preloadRunner}
        onFocus={preloadRunner}
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
      <p className={styles.loading} role="status">
        Loading the runner…
      </p>
    </>
  );

  return (
    <div className={styles.runner} ref={rootRef}>
      {active ? (
        <Suspense fallback={loadingView}>
          <Runner
            storageKey={storageKey}
            fileName={fileName}
            source={source}
            renderStatic={renderStatic}
            initialAction={initialAction}
          />
        </Suspense>
      ) : (
        renderStatic(idleActions)
      )}
    </div>
  );
}

/**
 * Preloads the runner when the reader chooses or focuses the TypeScript tab this code sits in.
 * Docusaurus renders every tab panel (hidden); the tab for our panel has the same index.
 */
function useTabIntent(rootRef: React.RefObject<HTMLDivElement | null>, active: boolean) {
  useEffect(() => {
    if (active) return undefined;
    const panel = rootRef.current?.closest('[role="tabpanel"]');
    const container = panel?.parentElement?.parentElement;
    if (!panel || !container) return undefined;
    const panels = [...container.querySelectorAll(':scope > div > [role="tabpanel"]')];
    const tabs = [...container.querySelectorAll(':scope > [role="tablist"] > [role="tab"]')];
    const tab = tabs[panels.indexOf(panel)];
    if (!tab) return undefined;
    const events = ['click', 'focus', 'pointerenter'] as const;
    for (const name of events) tab.addEventListener(name, preloadRunner);
    return () => {
      for (const name of events) tab.removeEventListener(name, preloadRunner);
    };
  }, [rootRef, active]);
}

/** The TypeScript tab of a `<Snippet>`: the snippet's code, runnable in the page. */
export default function LiveRunner({
  snippet,
  fileName,
}: {
  /** The page's data is enough: it always carries the runnable language in full. */
  snippet: PageSnippetData;
  fileName: string;
}) {
  const file = snippet.files.typescript;
  if (snippet.run === false) {
    return (
      <div className={styles.runner}>
        <CodePanel fileName={fileName} source={file.source} html={file.html} />
        <p className={styles.runNote}>
          <strong>Not runnable in the page.</strong> {snippet.runNote}
        </p>
      </div>
    );
  }
  return (
    <RunnableCode
      storageKey={snippet.id}
      fileName={fileName}
      source={file.source}
      renderStatic={(actions) => (
        <CodePanel fileName={fileName} source={file.source} html={file.html} actions={actions} />
      )}
    />
  );
}
