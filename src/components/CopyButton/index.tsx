import { useEffect, useRef, useState } from 'react';
import clsx from 'clsx';
import { useHydrated } from '@site/src/components/useHydrated';
import styles from './styles.module.css';

/**
 * Copies `text` to the clipboard and says so to screen readers. Disabled until hydration, so a
 * click on the server-rendered button is never silently lost.
 */
export default function CopyButton({
  text,
  label,
}: {
  /** The text, or a function that reads it when the reader presses Copy. */
  text: string | (() => string);
  label: string;
}) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus('idle'), 2000);
  };

  return (
    <button
      type="button"
      className={clsx('clean-btn', styles.button)}
      onClick={() => void copy()}
      disabled={!hydrated}
      aria-label={label}
      title={label}>
      <span aria-live="polite">
        {status === 'copied' ? 'Copied' : status === 'failed' ? 'Copy failed' : 'Copy'}
      </span>
    </button>
  );
}
