import clsx from 'clsx';
import { useEffect, useRef, useState } from 'react';
import CodePanel from '@site/src/components/CodePanel';
import DownloadLink from '@site/src/components/DownloadLink';
import { usePanelVisibility } from '@site/src/components/CodePanel/panelVisibility';
import { lazyModule } from '@site/src/components/LiveRunner/lazyModule';
import { languageOf, type LanguageKey } from '@site/languages';
import type { Recording } from '@site/sandbox/runner/core/Recording';
import type { PageSnippetData } from '@site/src/plugins/snippet-registry';
import type * as RecordedOutputModule from './RecordedOutput';
import type { ReservedHeight } from './reservedHeight';
import styles from './styles.module.css';

const output = lazyModule<typeof RecordedOutputModule>(
  () => import(/* webpackChunkName: "recorded-run" */ './RecordedOutput'),
);

export interface RecordedRunProps {
  snippet: PageSnippetData;
  language: LanguageKey;
  fileName: string;
  /**
   * Why there is no Run button, in one sentence. Default: the language does not run in a
   * browser. A language whose runtime cannot start in this browser says why instead.
   */
  reason?: string;
}

/**
 * A tab whose code does not run in the page (Java, .NET), or whose runtime cannot start here: the
 * code, and below it the Output of the run CI recorded from this exact code. The Output's chunk
 * and the recording load when the tab shows near the viewport, never with the page.
 */
export default function RecordedRun({ snippet, language, fileName, reason }: RecordedRunProps) {
  const file = snippet.files[language];
  const label = languageOf(language).label;
  return (
    <div className={styles.recordedRun}>
      <CodePanel
        fileName={fileName}
        source={file.source}
        html={file.html}
        actions={<DownloadLink snippetId={snippet.id} language={language} />}
      />
      {snippet.run === false ? (
        <p className={styles.loading}>
          <strong>Not run.</strong> {snippet.runNote}
        </p>
      ) : (
        <RecordedRunOutput
          id={snippet.id}
          language={language}
          reserve={snippet.reservedHeights?.[language]}
          reason={
            reason ??
            `${label} does not run in a browser, so this tab shows the run of exactly this code instead of a Run button.`
          }
        />
      )}
    </div>
  );
}

/**
 * Resolves once the page has loaded: a recording is not part of loading the page (the .NET tab
 * is the first one, so it is shown on most visits), it comes right after.
 */
function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

type Loaded = { Output: typeof RecordedOutputModule.default; recording: Recording };

/**
 * The Output of the run CI recorded, loaded near the viewport, with `reason` (why there is no Run
 * button) above it: also what a live tab shows under its code where its runtime cannot start.
 */
export function RecordedRunOutput({
  id,
  language,
  reason,
  reserve,
}: {
  id: string;
  language: string;
  reason: string;
  /** The height its Output will take (from the build), held while it loads. */
  reserve?: ReservedHeight;
}) {
  const { visible } = usePanelVisibility();
  const slot = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  // Shown and within a screen of the viewport: a page of thirteen snippets loads only what the
  // reader scrolls towards.
  useEffect(() => {
    const element = slot.current;
    if (!visible || near || !element) return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible, near]);

  useEffect(() => {
    if (!near || loaded) return undefined;
    let current = true;
    pageLoaded()
      .then(() => output.load())
      .then(async (module) => {
        const recording = await module.loadRecording(id, language);
        if (current) setLoaded({ Output: module.default, recording });
      })
      .catch((reason: unknown) => {
        if (current) setError(reason instanceof Error ? reason.message : String(reason));
      });
    return () => {
      current = false;
    };
  }, [near, loaded, id, language, attempt]);

  return (
    <div ref={slot}>
      {loaded ? (
        <loaded.Output recording={loaded.recording} reason={reason} />
      ) : error !== undefined ? (
        <p className={styles.loading} role="alert">
          The recorded run could not be loaded ({error}). Check your connection and try again.
          <button
            type="button"
            className={`button button--sm button--secondary ${styles.retry}`}
            onClick={() => {
              setError(undefined);
              setAttempt((count) => count + 1);
            }}>
            Try again
          </button>
        </p>
      ) : (
        <p
          className={clsx(styles.loading, reserve && styles.reserved)}
          style={
            reserve && {
              ['--reserved-narrow' as string]: `${reserve.narrow}px`,
              ['--reserved-wide' as string]: `${reserve.wide}px`,
            }
          }>
          Loading the run CI recorded from this code…
        </p>
      )}
    </div>
  );
}
