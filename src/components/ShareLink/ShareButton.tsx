import { tabsGroupId } from '@site/languages';
import { copyWhenReady } from '@site/src/components/copyWhenReady';
import { encodeLinkCode } from './linkCode';
import { maxShareUrlLength, shareFragment } from './shareFragment';

/** What pressing Share came to: what `SharedLinkNotice` tells the reader. */
export type ShareResult =
  | { kind: 'copied'; url: string }
  | { kind: 'refused'; url: string }
  | { kind: 'tooLong'; length: number }
  | { kind: 'failed'; reason: string };

class LinkTooLong extends Error {
  constructor(readonly length: number) {
    super(`the link would be ${length} characters long`);
  }
}

/** This page's URL with `language`'s tab chosen (`?sdk=`) and the code in the fragment. */
async function shareUrl(snippet: string, language: string, code: string): Promise<string> {
  const url = new URL(window.location.href);
  url.searchParams.set(tabsGroupId, language);
  url.hash = shareFragment({ snippet, language, code: await encodeLinkCode(code) });
  if (url.href.length > maxShareUrlLength) throw new LinkTooLong(url.href.length);
  return url.href;
}

/**
 * Share on an edited example: a link that opens this page with the tab chosen and `code()` in its
 * editor, put in the clipboard. The outcome goes to `onResult`; the link is shown there too, for
 * browsers that refuse the clipboard.
 */
export default function ShareButton({
  snippetId,
  language,
  code,
  onResult,
}: {
  snippetId: string;
  language: string;
  /** Read at the press: the reader may have typed since the last render. */
  code: () => string;
  onResult: (result: ShareResult) => void;
}) {
  const share = async () => {
    const pending = shareUrl(snippetId, language, code());
    try {
      await copyWhenReady(pending);
      onResult({ kind: 'copied', url: await pending });
    } catch {
      onResult(
        await pending.then(
          (url): ShareResult => ({ kind: 'refused', url }),
          (error: unknown): ShareResult =>
            error instanceof LinkTooLong
              ? { kind: 'tooLong', length: error.length }
              : { kind: 'failed', reason: error instanceof Error ? error.message : String(error) },
        ),
      );
    }
  };
  return (
    <button
      type="button"
      className="button button--sm button--secondary"
      title="Copy a link that opens this page with your code in the editor"
      onClick={() => void share()}>
      Share
    </button>
  );
}
