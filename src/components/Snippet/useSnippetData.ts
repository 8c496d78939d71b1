import { useEffect, useState } from 'react';
import type { PageSnippetData, SnippetData } from '@site/src/plugins/snippet-registry';
import { dataFileName } from '@site/src/plugins/snippet-registry/dataFileName';

const loaded = new Map<string, SnippetData>();

/** The full data (every language's HTML and source), as a lazily loaded chunk per snippet. */
export function loadSnippetData(id: string): Promise<SnippetData> {
  const known = loaded.get(id);
  if (known) return Promise.resolve(known);
  const file = dataFileName(id);
  return import(
    // One chunk per snippet's full module; not the slim client/ copies nor the plugin's own data.
    /* webpackInclude: /[\\/][^\\/]+__[^\\/]+\.json$/, webpackExclude: /[\\/]client[\\/]/ */
    `@generated/snippet-registry/default/${file}`
  ).then((module: { default: SnippetData }) => {
    loaded.set(id, module.default);
    return module.default;
  });
}

/** True during server rendering and the first client render (hydration); false afterwards. */
function isHydrating(): boolean {
  return typeof document === 'undefined' || !document.documentElement.hasAttribute('data-hydrated');
}

/**
 * A page's JS carries only the slim data (see PageSnippetData): enough to hydrate, because the
 * server-rendered HTML already holds every language's code. A snippet first rendered on the
 * client (after a client-side navigation) has no such HTML, so it loads the full data.
 */
export function useSnippetData(
  id: string,
  data: PageSnippetData | SnippetData,
): PageSnippetData | SnippetData {
  const [hydrating] = useState(isHydrating);
  const [full, setFull] = useState(() => loaded.get(id));
  const complete = Object.values(data.files).every((file) => file.html !== undefined);
  useEffect(() => {
    if (hydrating || complete || full) return undefined;
    let current = true;
    loadSnippetData(id).then(
      (result) => current && setFull(result),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [id, hydrating, complete, full]);
  return full ?? data;
}
