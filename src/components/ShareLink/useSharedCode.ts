import { useEffect, useState } from 'react';
import { storeEdit } from '@site/src/components/LiveRunner/editStore';
import { decodeLinkCode } from './linkCode';
import { readShareFragment } from './shareFragment';

/**
 * Opens a shared link (`shareFragment`) meant for this snippet's `language` tab: its code becomes
 * the tab's edit (so the editor opens with it, ready to Run, and nothing runs before the reader
 * presses Run), the snippet scrolls into view, and the fragment leaves the address bar so a reload
 * keeps the reader's later edits instead of the link's. Returns why a damaged link's code could
 * not be opened (the original code stays), or undefined.
 */
export function useSharedCode(
  snippetId: string,
  language: string,
  storageKey: string,
): string | undefined {
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    let current = true;
    const open = () => {
      const link = readShareFragment(window.location.hash);
      if (!link || link.snippet !== snippetId || link.language !== language) return;
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      );
      decodeLinkCode(link.code).then(
        (code) => {
          if (!current) return;
          setProblem(undefined);
          storeEdit(storageKey, code);
        },
        (error: unknown) => {
          if (current) setProblem(error instanceof Error ? error.message : String(error));
        },
      );
      document
        .querySelector(`[data-snippet-id="${CSS.escape(snippetId)}"]`)
        ?.scrollIntoView({ block: 'start' });
    };
    open();
    window.addEventListener('hashchange', open);
    return () => {
      current = false;
      window.removeEventListener('hashchange', open);
    };
  }, [snippetId, language, storageKey]);
  return problem;
}
