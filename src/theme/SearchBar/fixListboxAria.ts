/**
 * autocomplete.js (inside the search plugin) puts `role="listbox"` on the whole dropdown, which
 * also holds the "See all results" link, and names it from the combobox with `aria-owns` only.
 * axe reports both as critical (aria-required-children, aria-required-attr: a combobox needs
 * `aria-controls`). This moves the listbox role onto the element that holds only the options and
 * points the combobox at it with `aria-controls` (and `aria-owns`, which autocomplete.js set).
 * Returns a function that stops watching.
 */
export function fixListboxAria(root: HTMLElement): () => void {
  const fix = () => {
    for (const dropdown of root.querySelectorAll<HTMLElement>(
      '[role="listbox"]:not([data-options-list]), [data-listbox-moved]',
    )) {
      const options = dropdown.querySelector<HTMLElement>(':scope > div > span');
      // autocomplete.js replaces the options' element as results change: redo it each time.
      if (!options || !dropdown.id || options.dataset.optionsList !== undefined) continue;
      const id = `${dropdown.id}-options`;
      options.id = id;
      options.dataset.optionsList = '';
      options.setAttribute('role', 'listbox');
      options.setAttribute('aria-label', 'Search results');
      dropdown.removeAttribute('role');
      dropdown.dataset.listboxMoved = '';
      for (const input of root.querySelectorAll<HTMLInputElement>('input[role="combobox"]')) {
        if (input.getAttribute('aria-owns') === dropdown.id) input.setAttribute('aria-owns', id);
        input.setAttribute('aria-controls', id);
      }
    }
  };
  const observer = new MutationObserver(fix);
  observer.observe(root, { childList: true, subtree: true });
  fix();
  return () => observer.disconnect();
}
