import type { ReactNode } from 'react';
import { languageOf } from '@site/languages';
import { useChosenLanguage } from '@site/src/components/useChosenLanguage';
import styles from './styles.module.css';

export interface ForLanguageProps {
  /** The languages it is for, by key (the `?sdk=` values), separated by spaces: `go`. */
  only: string;
  children: ReactNode;
}

/**
 * Prose for the readers of some languages only: `<ForLanguage only="go">…</ForLanguage>`. Readers
 * of the other languages see nothing, and no gap: the block is `hidden` (in the page's HTML all
 * the same, so search finds it), and it shows when its language is chosen in any snippet's tabs.
 */
export default function ForLanguage({ only, children }: ForLanguageProps) {
  const keys = only.split(/\s+/).filter(Boolean);
  const chosen = useChosenLanguage();
  const labels = keys.map((key) => languageOf(key).label);
  return (
    <div className={styles.forLanguage} hidden={!keys.includes(chosen)} data-for-language={only}>
      <p className={styles.label}>{`For ${labels.join(' and ')}`}</p>
      {children}
    </div>
  );
}
