import { useEffect, useRef } from 'react';
import type { ShareResult } from './ShareButton';
import { maxShareUrlLength } from './shareFragment';
import styles from './styles.module.css';

/**
 * What Share did, under the editor: the link (always shown, selected when the clipboard was
 * refused, so the reader can copy it by hand), or why there is none.
 */
export default function SharedLinkNotice({
  result,
  onClose,
}: {
  result: ShareResult;
  onClose: () => void;
}) {
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (result.kind === 'refused') fieldRef.current?.select();
  }, [result]);
  return (
    <div className={styles.notice}>
      <p role="status" className={styles.message}>
        {result.kind === 'copied'
          ? 'Link copied. It opens this page with your code in the editor, ready to Run.'
          : result.kind === 'refused'
            ? 'Your browser did not let this page use the clipboard: copy the link below.'
            : result.kind === 'tooLong'
              ? `This code is too long to share as a link: the link would be ${result.length} characters, and links over ${maxShareUrlLength} are cut short where people paste them. Shorten the code, or send it as a file.`
              : `The link could not be made (${result.reason}).`}
      </p>
      {result.kind === 'copied' || result.kind === 'refused' ? (
        <input
          ref={fieldRef}
          className={styles.link}
          type="text"
          readOnly
          aria-label="Shared link"
          value={result.url}
          onFocus={(event) => event.currentTarget.select()}
        />
      ) : null}
      <button
        type="button"
        className="clean-btn"
        aria-label="Close the shared link notice"
        onClick={onClose}>
        ×
      </button>
    </div>
  );
}
