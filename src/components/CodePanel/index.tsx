import { useLayoutEffect, useRef, type ReactNode } from 'react';
import CopyButton from '@site/src/components/CopyButton';
import styles from './styles.module.css';

export interface CodePanelProps {
  /** Shown in the panel's header, e.g. `client-credentials/fetch-token/go.go`. */
  fileName: string;
  /** Plain source, for the copy button; when absent it copies the rendered code's text. */
  source?: string;
  /**
   * Build-time Shiki HTML (both colour themes as CSS variables). Absent when the page's JS does not
   * carry it (PageSnippetData): then the server-rendered HTML is used (see `serverHtml`).
   */
  html?: string;
  /** Extra header controls, e.g. the runner's buttons. */
  actions?: ReactNode;
}

/**
 * Server-rendered code HTML by file name, read from the DOM when the panel hydrates. React keeps
 * that DOM while hydrating (it does not compare dangerouslySetInnerHTML), but Docusaurus' Tabs
 * remount their panels right after hydration (facebook/docusaurus#5653), and the remounted panel
 * renders from here.
 */
const serverHtml = new Map<string, string>();

/** A file name, a copy button and build-time highlighted code. No highlighter runs in the browser. */
export default function CodePanel({ fileName, source, html, actions }: CodePanelProps) {
  const codeRef = useRef<HTMLDivElement>(null);
  const shownHtml = html ?? serverHtml.get(fileName) ?? '';
  useLayoutEffect(() => {
    const code = codeRef.current;
    if (html === undefined && !serverHtml.has(fileName) && code?.firstElementChild) {
      serverHtml.set(fileName, code.innerHTML);
    }
  }, [fileName, html]);
  return (
    <div className={styles.panel}>
      <div className={styles.header}>
        <span className={styles.fileName}>{fileName}</span>
        <span className={styles.actions}>
          {actions}
          <CopyButton
            text={() => source ?? codeRef.current?.textContent ?? ''}
            label={`Copy ${fileName}`}
          />
        </span>
      </div>
      <div
        ref={codeRef}
        className={styles.code}
        dangerouslySetInnerHTML={{ __html: shownHtml }}
        suppressHydrationWarning
      />
    </div>
  );
}
