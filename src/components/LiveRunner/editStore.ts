import { useCallback, useSyncExternalStore } from 'react';

/**
 * The reader's edits, kept outside the React tree (so a tab or language switch, a failed run or a
 * remount loses nothing) and in sessionStorage (so a reload keeps them too). Keyed by snippet id.
 */
const prefix = 'live-runner:edit:';
const memory = new Map<string, string>();
const listeners = new Set<() => void>();

function read(key: string): string | undefined {
  if (memory.has(key)) return memory.get(key);
  try {
    const stored = window.sessionStorage.getItem(prefix + key);
    if (stored !== null) memory.set(key, stored);
    return stored ?? undefined;
  } catch {
    // Storage blocked (privacy mode): edits still live for this page view.
    return undefined;
  }
}

function write(key: string, code: string | undefined): void {
  if (code === undefined) memory.delete(key);
  else memory.set(key, code);
  try {
    if (code === undefined) window.sessionStorage.removeItem(prefix + key);
    else window.sessionStorage.setItem(prefix + key, code);
  } catch {
    // See read().
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * `[edited, setEdited]`: the edited code, or `undefined` while the reader has not changed the
 * original. Setting the original (or `undefined`) clears the edit. Always `undefined` during SSR
 * and hydration, so server and client render the same HTML.
 */
export function useEditedSource(
  key: string,
  original: string,
): [string | undefined, (code: string | undefined) => void] {
  const edited = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => undefined,
  );
  const setEdited = useCallback(
    (code: string | undefined) => write(key, code === original ? undefined : code),
    [key, original],
  );
  return [edited === original ? undefined : edited, setEdited];
}

/**
 * Makes `code` the edit of `key`, from outside the editor: a shared link's code
 * (src/components/ShareLink/useSharedCode.ts). The runner shows it as any kept edit.
 */
export function storeEdit(key: string, code: string): void {
  write(key, code);
}
