import type { ReactNode } from 'react';

/**
 * Text for the search index only. The index is built from the pages' HTML, and this is in it,
 * `hidden` from every reader and assistive technology: a snippet's title (its figure has it only
 * as an accessible name) and the other languages' spellings of an SDK name in prose.
 */
export default function SearchOnly({ children }: { children: ReactNode }) {
  return (
    <span hidden data-search-only="">
      {children}
    </span>
  );
}
