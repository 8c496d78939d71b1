import { useEffect, type RefObject } from 'react';
import {
  hasLargeDownload,
  pageRunnableLanguages,
  type PageRunnableLanguage,
} from '@site/languages';
import { preloadRunner } from './loadRunner';

/**
 * Gets the TypeScript runner ready (its chunk loaded, a spare worker booted and warmed) before
 * the reader presses Run, on every way a reader reaches a snippet:
 *
 * - its TypeScript panel comes into view. A hidden tab panel has no box, so this one signal
 *   covers choosing the TypeScript tab, a `?sdk=typescript` link, a choice remembered from an
 *   earlier visit and arriving by client-side navigation, as soon as the code is on screen;
 * - the browser is idle and a TypeScript panel is shown somewhere on the page, even off screen
 *   (the reader's language is TypeScript);
 * - the reader points at or focuses the TypeScript tab (a head start on its click): the tabs
 *   call `prewarmForTab`.
 *
 * None of it runs while the page hydrates: observer and idle callbacks come after, and the work
 * they start (a chunk download, a worker boot) happens off the main thread. Python never
 * prewarms this way: its runtime is ~6 MB, fetched only when the reader heads for Run.
 */
export function usePrewarm(
  rootRef: RefObject<HTMLElement | null>,
  runtime: PageRunnableLanguage | undefined,
): void {
  useEffect(() => {
    const root = rootRef.current;
    if (runtime === undefined || hasLargeDownload(runtime) || !root || prewarmed) return undefined;
    scheduleIdlePrewarm(runtime);
    return watchVisibility(root, runtime);
  }, [rootRef, runtime]);
}

/**
 * Once is enough: from then on RunnerHost keeps a warm spare (each run boots the next), across
 * client-side navigation too, and the observer stops costing every frame its intersection checks.
 */
let prewarmed = false;

function prewarm(runtime: PageRunnableLanguage): void {
  if (prewarmed) return;
  prewarmed = true;
  observer?.disconnect();
  observer = undefined;
  panels.clear();
  preloadRunner(runtime);
}

/** Runnable TypeScript panels mounted on the page. */
const panels = new Set<Element>();
let observer: IntersectionObserver | undefined;

function watchVisibility(root: Element, runtime: PageRunnableLanguage): () => void {
  panels.add(root);
  if (typeof IntersectionObserver === 'undefined') return () => panels.delete(root);
  // One observer for the page: a page can hold a dozen snippets.
  observer ??= new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) prewarm(runtime);
    },
    // A screen ahead: scrolling towards a snippet starts the preparation.
    { rootMargin: '100% 0px' },
  );
  observer.observe(root);
  return () => {
    panels.delete(root);
    observer?.unobserve(root);
  };
}

let idleScheduled = false;

function scheduleIdlePrewarm(runtime: PageRunnableLanguage): void {
  if (idleScheduled) return;
  idleScheduled = true;
  const whenIdle = (callback: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(callback, { timeout: 5000 })
      : setTimeout(callback, 1000);
  whenIdle(() => {
    idleScheduled = false;
    if (prewarmed) return;
    // Shown = laid out: a panel in a hidden tab (or in a collapsed section) has no client rects.
    if ([...panels].some((panel) => panel.getClientRects().length > 0)) prewarm(runtime);
  });
}

/** A snippet's language tab is being pointed at, focused or chosen. */
export function prewarmForTab(language: string): void {
  const runtime = pageRunnableLanguages.find((key) => key === language);
  if (runtime !== undefined && !hasLargeDownload(runtime)) prewarm(runtime);
}
