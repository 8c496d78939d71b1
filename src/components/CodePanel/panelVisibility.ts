import { createContext, useContext } from 'react';

/**
 * Where a code panel sits: whether its tab panel is shown now, and whether it was hidden on the
 * first render (the server's HTML). A panel hidden at first keeps its highlighted code inert, in a
 * `<template>`, until it is shown: on a page with 13 snippets × 7 languages that keeps ~80 of the
 * 91 code blocks (some 17,000 elements) out of the live document while the page loads and
 * hydrates, which is most of its blocking time.
 */
export interface PanelVisibility {
  visible: boolean;
  deferred: boolean;
}

/** Outside tabs (a live code block, a runner on its own): shown, nothing deferred. */
const alwaysShown: PanelVisibility = { visible: true, deferred: false };

/** The four states, as constants, so a provider's value changes only when its panel's does. */
export const panelVisibility = {
  shown: alwaysShown,
  hidden: { visible: false, deferred: false },
  deferredShown: { visible: true, deferred: true },
  deferredHidden: { visible: false, deferred: true },
} as const satisfies Record<string, PanelVisibility>;

export const PanelVisibilityContext = createContext<PanelVisibility>(alwaysShown);

export function usePanelVisibility(): PanelVisibility {
  return useContext(PanelVisibilityContext);
}

/** Marks the `<template>` that holds a deferred panel's code. */
export const deferredCodeAttribute = 'data-deferred-code';

/** The code as a hidden panel's server HTML carries it: parsed, but not in the document. */
export function deferCode(html: string): string {
  return `<template ${deferredCodeAttribute}="">${html}</template>`;
}

/** Puts a shown panel's deferred code into the document (once; a no-op when there is none). */
export function revealDeferredCode(container: HTMLElement): void {
  for (const template of container.querySelectorAll<HTMLTemplateElement>(
    `template[${deferredCodeAttribute}]`,
  )) {
    template.replaceWith(template.content);
  }
}
