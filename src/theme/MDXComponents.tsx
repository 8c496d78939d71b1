import MDXComponents from '@theme-original/MDXComponents';
import Snippet, { type SnippetProps } from '@site/src/components/Snippet';
import Sdk from '@site/src/components/Sdk';
import ForLanguage from '@site/src/components/ForLanguage';
import SearchOnly from '@site/src/components/SearchOnly';

/**
 * A snippet's title is only its figure's accessible name (`aria-label`), which the search index
 * (built from the pages' text) does not read. This copy of it, `hidden` from every reader and
 * assistive technology, lets a search for "Protect the code with PKCE" land on the section that
 * shows the snippet.
 */
function IndexedSnippet(props: SnippetProps) {
  return (
    <>
      {props.data ? <SearchOnly>{props.data.title}</SearchOnly> : null}
      <Snippet {...props} />
    </>
  );
}

/** Components every MDX page can use without importing them. */
export default {
  ...MDXComponents,
  Snippet: IndexedSnippet,
  // SDK names in prose, and prose for some languages only, following the snippet tabs.
  Sdk,
  ForLanguage,
};
