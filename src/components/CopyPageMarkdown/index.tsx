import { useEffect, useRef, useState } from 'react';
import Head from '@docusaurus/Head';
import { copyWhenReady } from '@site/src/components/copyWhenReady';
import { useHydrated } from '@site/src/components/useHydrated';
import { markdownPathOf } from '@site/src/plugins/markdown-pages/markdownPathOf';
import styles from './styles.module.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'copied' }
  | { kind: 'refused' }
  | { kind: 'unavailable'; reason: string };

/** The page's Markdown (written by the markdown-pages plugin), or why it could not be read. */
async function fetchMarkdown(href: string): Promise<string> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/**
 * "Copy page as Markdown" and "View as Markdown" for a docs page: its prose and every example in
 * all seven languages as text, for a coding assistant or a note. The Markdown is fetched on click,
 * so a page load carries none of it. Also names the Markdown as the page's alternate in its head.
 */
export default function CopyPageMarkdown({ permalink }: { permalink: string }) {
  const href = markdownPathOf(permalink);
  const hydrated = useHydrated();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    window.clearTimeout(timer.current);
    const pending = fetchMarkdown(href);
    try {
      await copyWhenReady(pending);
      setStatus({ kind: 'copied' });
      timer.current = window.setTimeout(() => setStatus({ kind: 'idle' }), 4000);
    } catch {
      // Which step failed: the download (its own error), or the clipboard (the text is here).
      const loaded = await pending.then(
        () => undefined,
        (failure: unknown) => (failure instanceof Error ? failure.message : String(failure)),
      );
      setStatus(
        loaded === undefined ? { kind: 'refused' } : { kind: 'unavailable', reason: loaded },
      );
    }
  };

  return (
    <div className={styles.bar}>
      <Head>
        <link rel="alternate" type="text/markdown" href={href} />
      </Head>
      <span className={styles.controls}>
        <button
          type="button"
          className="button button--sm button--secondary"
          disabled={!hydrated}
          onClick={() => void copy()}>
          Copy page as Markdown
        </button>
        <a className={styles.view} href={href}>
          View as Markdown
        </a>
      </span>
      <span role="status" className={styles.status}>
        {status.kind === 'copied'
          ? 'Copied the page as Markdown.'
          : status.kind === 'refused'
            ? 'Your browser did not let this page use the clipboard. Open “View as Markdown” and copy the text from there.'
            : status.kind === 'unavailable'
              ? `The page's Markdown could not be loaded (${status.reason}). Check your connection and try again.`
              : ''}
      </span>
    </div>
  );
}
