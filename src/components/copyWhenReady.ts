/**
 * Puts the text `pending` resolves to in the clipboard. A `ClipboardItem` given the promise keeps
 * the click's user activation while the text is prepared (Safari refuses `writeText` after an
 * await); browsers without it get `writeText` once the text is here. Rejects when `pending` does,
 * or when the browser refuses the clipboard.
 */
export async function copyWhenReady(pending: Promise<string>): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard.write === 'function') {
    const blob = pending.then((text) => new Blob([text], { type: 'text/plain' }));
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  } else {
    await navigator.clipboard.writeText(await pending);
  }
}
