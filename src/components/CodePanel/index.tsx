import type { ReactNode } from 'react';
import CopyButton from '@site/src/components/CopyButton';
import styles from './styles.module.css';

export interface CodePanelProps {
  /** Shown in the panel's header, e.g. `client-credentials/fetch-token/go.go`. */
  fileName: string;
  /** Plain source, for the copy button. */
  source: string;
  /** Build-time Shiki HTML (both colour themes as CSS variables). */
  html: string;
  /** Extra header controls, e.g. the runner's buttons. */
  actions?: ReactNode;
}

/** A file name, a copy button and build-time highlighted code. No highlighter runs in the browser. */
export default function CodePanel({ fileName, source, html, actions }: CodePanelProps) {
  return (
    <div className={styles.panel}>
      <div className={styles.header}>
        <span className={styles.fileName}>{fileName}</span>
        <span className={styles.actions}>
          {actions}
          <CopyButton text={source} label={`Copy ${fileName}`} />
        </span>
      </div>
      <div className={styles.code} dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
