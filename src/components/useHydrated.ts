import useIsBrowser from '@docusaurus/useIsBrowser';

/**
 * True once React has hydrated the page. Interactive controls stay disabled until then: a click on a
 * server-rendered button before hydration does nothing, and a disabled button says so honestly.
 */
export function useHydrated(): boolean {
  return useIsBrowser();
}
