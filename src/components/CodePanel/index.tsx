import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import CopyButton from '@site/src/components/CopyButton';
import { deferCode, revealDeferredCode, usePanelVisibility } from './panelVisibility';
import styles from './styles.module.css';

export interface CodePanelProps {
  /** Shown in the panel's header, e.g. `client-credentials/fetch-token/go.go`. */
  fileName: string;
  /** Plain source, for the copy button; when absent it copies the rendered code's text. */
  source?: string;
  /**
   * Build-time Shiki HTML (both colour themes as CSS variables). Absent when the page's JS does not
   * carry it (PageSnippetData): then the server-rendered HTML is used (see `serverCode`).
   */
  html?: string;
  /** Extra header controls, e.g. the runner's buttons. */
  actions?: ReactNode;
}

/**
 * The server-rendered code element of each panel whose HTML the page's JS does not carry, by file
 * name. React keeps that DOM while hydrating (it does not compare dangerouslySetInnerHTML) and
 * never touches it afterwards, since the prop stays the same. A panel mounted later for the same
 * file (the runner's view of a Python tab, which renders the code again in its own tree) copies the
 * HTML from that element, once. Only the element is kept on load: serialising every panel's HTML
 * up front cost a long task on a page with many snippets.
 */
const serverCode = new Map<string, HTMLElement>();

/** A file name, a copy button and build-time highlighted code. No highlighter runs in the browser. */
export default function CodePanel({ fileName, source, html, actions }: CodePanelProps) {
  const codeRef = useRef<HTMLDivElement>(null);
  const { visible, deferred } = usePanelVisibility();
  // Read once per mount: '' while hydrating (the server's DOM stays), the earlier panel's HTML for
  // a panel mounted after hydration. Deferred or not is fixed at mount too, so the HTML string (and
  // so the DOM React keeps) never changes when the panel is shown.
  const [fallbackHtml] = useState(() =>
    html === undefined ? (serverCode.get(fileName)?.innerHTML ?? '') : '',
  );
  const [startsDeferred] = useState(deferred);
  const shownHtml = html === undefined ? fallbackHtml : startsDeferred ? deferCode(html) : html;
  useLayoutEffect(() => {
    const code = codeRef.current;
    if (html === undefined && code?.firstElementChild && !serverCode.get(fileName)?.isConnected) {
      serverCode.set(fileName, code);
    }
  }, [fileName, html]);
  // Before paint: a shown panel never shows without its code.
  useLayoutEffect(() => {
    if (visible && codeRef.current) revealDeferredCode(codeRef.current);
  }, [visible, shownHtml]);
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
