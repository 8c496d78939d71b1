import { useEffect, type ReactNode } from 'react';

/**
 * Marks the document once React has hydrated it (`html[data-hydrated]`). End-to-end tests wait for
 * the marker before they click: a click on a server-rendered button before hydration is lost.
 */
export default function Root({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return <>{children}</>;
}
